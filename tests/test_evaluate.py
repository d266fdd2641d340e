"""The PolNeAR scorer on hand-made cases, and the regression floor on PolNeAR dev."""

from __future__ import annotations

import pytest

from saywho.eval.polnear import Score, evaluate_file, score_article


def test_exact_and_begin_match_after_trimming():
    text = 'Sen. Ray said: "We will win." Then he left.'
    gold = {"source": [(0, 8)], "cue": [(9, 13)], "content": [(15, 29)]}
    predicted = {"source": [(0, 8)], "cue": [(9, 14)], "content": [(16, 22)]}
    score = Score()
    score_article(text, gold, predicted, score)
    assert score.exact["source"].f1 == 1.0
    assert score.exact["cue"].f1 == 1.0  # "said:" trims to "said"
    assert score.exact["content"].f1 == 0.0
    assert score.begin["content"].f1 == 1.0  # both start at "We"


def test_precision_and_recall_count_chunks():
    text = "Alpha said one. Beta said two."
    gold = {"cue": [(6, 10), (21, 25)]}
    predicted = {"cue": [(6, 10), (0, 5), (11, 14)]}
    score = Score()
    score_article(text, gold, predicted, score)
    cue = score.exact["cue"]
    assert (cue.precision, cue.recall) == (pytest.approx(1 / 3), 0.5)


# A little under what the rules reach on dev (67.6 / 62.2 / 51.8 exact F1,
# docs/accuracy.md), so a regression shows and noise does not.
FLOOR = {"source": 65.5, "cue": 60.0, "content": 49.5}


@pytest.mark.slow
def test_polnear_dev_floor(polnear_dev, nlp):
    score = evaluate_file(polnear_dev, nlp)
    for role, floor in FLOOR.items():
        assert 100 * score.exact[role].f1 >= floor, (role, score.table())
