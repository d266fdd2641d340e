"""Fuzzing the JSON API with Schemathesis, from its own /openapi.json, against a real server.

Every operation in the schema gets generated requests, valid ones (positive) and invalid ones
(negative: wrong types, out-of-range numbers, missing fields), half of them with an analyst's
token and half anonymous, against uvicorn on a loopback port serving a seeded store: SQLite and
PostgreSQL. The one property: no response is a server error (5xx). The number of cases per
operation and mode is ``SAYWHO_FUZZ_EXAMPLES`` (default 20: under a minute per database);
the counts are printed in the terminal summary (tests/fuzzing.py).
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
import schemathesis
from fuzzing import Tally, own_database
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error

from saywho.ingest import make_article
from saywho.pipeline import process
from saywho.store import Store, accounts
from saywho.web.app import create_app

EXAMPLES = int(os.environ.get("SAYWHO_FUZZ_EXAMPLES", "20"))


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def api(request, nlp, seed_text, live_server) -> Iterator[tuple[str, str, dict[str, str], str]]:
    """(base URL, an analyst's bearer token, ids that exist, database name) of a served store with the seed article."""

    def serve(url: str) -> tuple[str, str, dict[str, str]]:
        store = Store(url)
        [article] = process([make_article(seed_text, "example.txt", id="example")], nlp=nlp)
        store.save(article)
        user = accounts.add_user(store, "fuzzer", "a long fuzzing password", "analyst")
        token = accounts.create_token(store, user, "fuzz")
        known = {"article_id": "example", "actor_id": article.attributions[0].speaker.id}
        # A high comment limit, so generated comments reach the code that stores them rather than the 429.
        return live_server(create_app(url, secret="fuzz-secret", rate_limit=100_000)), token, known

    if request.param == "sqlite":
        url = f"sqlite:///{request.getfixturevalue('tmp_path_factory').mktemp('fuzz-api') / 'api.db'}"
        yield *serve(url), "sqlite"
        return
    with own_database(request.getfixturevalue("postgres_url")) as url:
        yield *serve(url), "postgresql"


def cases(operation: schemathesis.APIOperation, mode: GenerationMode, known: dict[str, str]) -> st.SearchStrategy:
    """Generated requests; for an operation on one article or actor, half of them on one that exists."""
    generated = operation.as_strategy(generation_mode=mode)
    names = {name: value for name, value in known.items() if f"{{{name}}}" in operation.path}
    if not names:
        return generated
    return st.one_of(generated, operation.as_strategy(generation_mode=mode, path_parameters=names))


def test_no_operation_answers_with_a_server_error(request, api):
    base, token, known, database = api
    tally = Tally(request.config, f"schemathesis: /openapi.json on {database}", "cases")
    schema = schemathesis.openapi.from_url(f"{base}/openapi.json")
    failures: list[str] = []
    operations = 0
    for result in schema.get_all_operations():
        operation = result.ok()
        operations += 1
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):

            @given(case=cases(operation, mode, known), signed_in=st.booleans())
            @settings(max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck),
                      derandomize=bool(os.environ.get("CI")))  # CI: one fixed campaign that reproduces
            def call(case: schemathesis.Case, signed_in: bool) -> None:
                with tally.input():
                    # Signed in: the real token replaces any generated Authorization header; else it is kept.
                    headers = {"Authorization": f"Bearer {token}"} if signed_in else {}
                    response = case.call(base_url=base, headers=headers, timeout=60)
                    tally.saw(f"{response.status_code // 100}xx")
                    case.validate_response(response, checks=[not_a_server_error], headers=headers)

            try:
                call()
            except Unsatisfiable:
                continue  # nothing invalid can be made for this operation (no parameters, no body)
            except Exception as error:  # noqa: BLE001 - collect every operation's failure, then report them all
                failures.append(f"{operation.label} ({mode.value}): {error}")
    assert operations >= 10, "the schema lost its operations"
    assert not failures, "\n\n".join(failures)
