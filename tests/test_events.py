"""Event coding on real sentences through the real spaCy pipeline.

Most tests here fix what the rules read (category, roles, codes), so they run on the rules alone; the learned
check the default pipeline adds on top of them is tested in test_event_model.py and measured in
docs/accuracy.md. The seed article's events are tested on the default pipeline.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import event_codes as coded

from saywho.events.cameo import CATEGORIES
from saywho.formats.plover import contexts


@pytest.fixture(scope="module")
def nlp(rules_nlp):
    return rules_nlp


@pytest.fixture(scope="module")
def nlp_default():
    """The default pipeline, with the learned check and role rankers (the shared one conftest's ``nlp`` gives,
    which this module's ``nlp`` shadows)."""
    from saywho.pipeline import load_nlp

    return load_nlp("fast")


def events(nlp, text: str) -> list:
    return list(nlp(text)._.saywho_events)


CASES = [
    ("Jordan and Britain have agreed to undertake joint military exercises this month.", ("AGREE", "JOR", "GBR")),
    ("Israel and Lebanon renewed negotiations today on an Israeli troop pullback.", ("CONSULT", "ISR", "LBN")),
    ("Palestinian leader Yasser Arafat defended Iraq and Libya on Friday against Western criticism.", ("SUPPORT", "PSE", "IRQ")),
    ("Serbia lifted a night curfew in Montenegro on Sunday.", ("CONCEDE", "SRB", "MNE")),
    ("Zambia extradited suspected British militant Haroon Rashid Aswad to Britain on Sunday.", ("COOPERATE", "ZMB", "GBR")),
    ("The United States continued to send arms to Pakistan last year.", ("AID", "USA", "PAK")),
    ("Russia withdrew its troops from Georgia.", ("RETREAT", "RUS", "GEO")),
    ("Palestinian officials demanded Friday that the United States match the European Union's support.", ("REQUEST", "PSE", "USA")),
    ("The Sudanese government has accused Darfur rebels of violating a month-old ceasefire.", ("ACCUSE", "SDN", "SDN")),
    ("Yemen has rejected a U.S. request to interrogate detainees.", ("REJECT", "YEM", "USA")),
    ("Iran threatened to shell Iraqi towns today.", ("THREATEN", "IRN", "IRQ")),
    ("Angry activists from the defeated Fatah Party have staged rallies in the Gaza Strip against Israel.", ("PROTEST", "PSE", "ISR")),
    ("Japan said on Tuesday it had halted economic aid to Serbia.", ("SANCTION", "JPN", "SRB")),
    ("Israel has strengthened its forces in Lebanon.", ("MOBILIZE", "ISR", "LBN")),
    ("Ghanaian authorities have deported 168 Liberians.", ("COERCE", "GHA", "LBR")),
    ("Sudanese rebels shelled the town of Kadugli in South Kordofan on Sunday.", ("ASSAULT", "SDN", "SDN")),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[1][0] for c in CASES])
def test_each_category_on_a_real_sentence(nlp, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in coded(nlp, text)


def test_every_plover_category_has_cameo_quad_class_and_goldstein() -> None:
    assert len(CATEGORIES) == 16
    for category, (root, quad, goldstein) in CATEGORIES.items():
        assert len(root) == 2 and root.isdigit(), category
        assert quad in (1, 2, 3, 4)
        assert -10 <= goldstein <= 10
        assert (quad in (1, 2)) == (goldstein > 0), category


def test_negated_hypothetical_and_future_events_are_marked_not_dropped(nlp) -> None:
    (negated,) = events(nlp, "Israel did not attack Syria.")
    assert (negated.category, negated.negated) == ("ASSAULT", True)
    hypothetical = events(nlp, "Iran may attack Iraq.")
    assert any(e.hypothetical for e in hypothetical)
    (pledge,) = events(nlp, "Russia will withdraw its troops from Georgia.")
    # an announced cooperative act is a commitment (PLOVER's AGREE, CAMEO 03), and the commitment is made now
    assert pledge.category == "AGREE" and not pledge.future
    (future,) = events(nlp, "Iran will agree to the deal next week.")
    assert future.future  # an agreement to come, not one made


def test_refusing_a_demand_is_a_rejection(nlp) -> None:
    found = events(nlp, "Israeli President Moshe Katsav has refused to meet Jordan's visiting King Abdullah II in Tel Aviv.")
    assert [(e.category, e.source.country, e.target.country) for e in found] == [("REJECT", "ISR", "JOR")]


def test_a_warning_event_has_a_cameo_code_and_evidence(nlp) -> None:
    (event,) = events(nlp, "Peru has issued an ultimatum to Ecuador to halt attacks across their disputed jungle border.")
    assert (event.category, event.source.country, event.target.country) == ("THREATEN", "PER", "ECU")
    # CAMEO 139 "Give ultimatum", with GDELT's Goldstein value for it
    assert (event.cameo, event.cameo_code, event.quad_class, event.goldstein) == ("13", "139", 3, -7.0)
    assert event.evidence.text.startswith("issued an ultimatum")


class TestSeed:
    """The seed article's events (issue 4's definition of done)."""

    @pytest.fixture(scope="class")
    @classmethod
    def seed(cls, seed_text: str) -> list:
        from saywho.pipeline import load_nlp

        return events(load_nlp("fast"), seed_text)  # the default pipeline: the rules and the learned check

    def find(self, seed, category: str, source: str, evidence: str | None = None):
        found = [e for e in seed if e.category == category and e.source and e.source.name == source
                 and (evidence is None or evidence in e.evidence.text)]
        assert found, f"no {category} by {source}: {[(e.category, e.source and e.source.name) for e in seed]}"
        return found[0]

    def test_putin_rejects_the_reassurance_force(self, seed) -> None:
        event = self.find(seed, "REJECT", "Vladimir Putin", "dismissed")
        assert event.source.country == "RUS"
        assert event.target is not None and event.target.country == "WST"  # proposed by Western allies

    def test_putin_threatens_foreign_troops(self, seed) -> None:
        event = self.find(seed, "THREATEN", "Vladimir Putin", "warning")
        assert event.attribution_id is not None
        assert event.target is not None and event.target.name == "troops"

    def test_peskov_praises_trump_and_criticises_europe(self, seed) -> None:
        support = self.find(seed, "SUPPORT", "Dmitry Peskov")
        assert (support.target.name, support.target.country) == ("Donald Trump", "USA")
        accuse = self.find(seed, "ACCUSE", "Dmitry Peskov")
        assert accuse.mode == "disapprove" and accuse.target.name == "European countries"

    def test_trump_and_zelensky_consult(self, seed) -> None:
        trump = self.find(seed, "CONSULT", "Donald Trump", "dialogue")
        assert (trump.target.name, trump.target.country) == ("Vladimir Putin", "RUS")
        zelensky = self.find(seed, "CONSULT", "Volodymyr Zelensky")
        assert (zelensky.source.country, zelensky.target.country) == ("UKR", "USA")
        assert zelensky.target.name == "Donald Trump"  # "the US leader"

    def test_the_allies_agree_to_deploy_troops_for_ukraine(self, seed) -> None:
        event = self.find(seed, "AGREE", "Ukraine’s allies", "committed")
        assert event.target.country == "UKR"
        assert event.attribution_id is not None  # Macron reported it

    def test_no_other_events(self, seed) -> None:
        # Macron's troops deployed "to prevent any new major aggression" criticise no one, and Putin's, Zelensky's
        # and Macron's other statements are no events: the learned check keeps the seven and drops the rules'
        # other readings (a second REJECT, "sought to quash the initiative", the same act; Trump "planned to
        # speak" with Putin again, a future act)
        found = sorted((e.category, e.source.name if e.source else "", e.target.name if e.target else "")
                       for e in seed)
        assert found == sorted([
            ("REJECT", "Vladimir Putin", "Western allies"), ("AGREE", "Ukraine’s allies", "Ukraine"),
            ("THREATEN", "Vladimir Putin", "troops"), ("SUPPORT", "Dmitry Peskov", "Donald Trump"),
            ("ACCUSE", "Dmitry Peskov", "European countries"), ("CONSULT", "Volodymyr Zelensky", "Donald Trump"),
            ("CONSULT", "Donald Trump", "Vladimir Putin"),
        ])

    def test_the_rules_alone_read_the_same_seven(self, rules_nlp, seed_text: str) -> None:
        found = {(e.category, e.source.name if e.source else "") for e in events(rules_nlp, seed_text)}
        assert {("REJECT", "Vladimir Putin"), ("THREATEN", "Vladimir Putin"), ("SUPPORT", "Dmitry Peskov"),
                ("ACCUSE", "Dmitry Peskov"), ("CONSULT", "Donald Trump"), ("CONSULT", "Volodymyr Zelensky"),
                ("AGREE", "Ukraine’s allies")} <= found

    def test_statements_are_linked_to_canonical_actors(self, nlp, seed_text: str) -> None:
        actors = {a.id: a for a in nlp(seed_text)._.saywho_actors}
        assert actors["russian-government"].sector == "GOV"  # "the Kremlin"
        assert actors["vladimir-putin"].country == "RUS"


# Patterns from the PLOVER misses: world knowledge, places, passives, stances, one event per act.
MORE_CASES = [
    # a head of state's country comes from the built-in leaders dictionary
    ("President Yoweri Museveni has banned Ugandan opposition candidates from the elections.", ("COERCE", "UGA", "UGA")),
    # an official of an organisation the title names
    ("Arab League Secretary General Chadli Klibi undertook a mediation mission between Syria and Palestinian "
     "leader Yasser Arafat.", ("CONSULT", "IGO", "SYR")),
    # an attack by no one named is coded by where it happened
    ("Three US servicemen were killed by an improvised explosive device outside of the Iraqi city of Basra.",
     ("ASSAULT", "IRQ", "USA")),
    ("A prominent anti-Syria journalist has been killed in a car bomb explosion in eastern Beirut.",
     ("ASSAULT", "LBN", "LBN")),
    # a place-only target
    ("Iraq's interim government announced that it is prepared to impose martial law as street battles raged in "
     "central Baghdad.", ("THREATEN", "IRQ", "IRQ")),
    # an unnamed crowd is coded by where it is; the target from the rest of the predicate
    ("Demonstrators in Baghdad blocked a road to show their disapproval for the United States' military policies.",
     ("PROTEST", "IRQ", "USA")),
    ("Egyptian demonstrators rioted following a peaceful demonstration calling for the removal of President "
     "Hosni Mubarak.", ("PROTEST", "EGY", "EGY")),
    # a people is coded by where it lives
    ("The Albanians of southern Serbia are demanding political autonomy from Serbian authorities.",
     ("REQUEST", "SRB", "SRB")),
    # a stance stated with a participle is the subject's own
    ("Israel is opposed to French mediation in peace negotiations with Syria, a close aide to Prime Minister Ehud "
     "Barak said Wednesday.", ("REJECT", "ISR", "FRA")),
    # a complaint's target is what it is about, not whom it is made to
    ("Lebanon complained to the United Nations on Tuesday over two Israeli air raids.", ("ACCUSE", "LBN", "ISR")),
    ("Jakarta forced the UN refugee agency, UNHCR, out of the country.", ("SANCTION", "IDN", "IGO")),
]


@pytest.mark.parametrize(("text", "expected"), MORE_CASES, ids=[f"{c[1][0]}-{n}" for n, c in enumerate(MORE_CASES)])
def test_plover_patterns(nlp, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in coded(nlp, text)


def test_one_event_per_act_and_no_event_for_what_was_not_done(nlp) -> None:
    siege = coded(nlp, "The military government of President Prosper Avril declared a 30-day state of siege in Haiti, "
                       "suspending parts of the constitution and arresting political opponents.")
    assert [c for c in siege if c[0] == "COERCE"] == [("COERCE", "HTI", "HTI")]
    resign = coded(nlp, "Ousted President Askar Akayev has agreed to resign without returning to Kyrgyzstan.")
    assert {c[0] for c in resign} == {"AGREE"}
    purpose = coded(nlp, "Ethnic Albanians in south Serbia are demanding a U.N. military presence to protect them "
                         "against a Serb minority and prevent a civil war.")
    assert purpose == {("REQUEST", "SRB", "IGO")}


def test_trump_plans_to_speak_with_him_again(nlp, seed_text: str) -> None:
    """"planned to speak with him again soon": a future act, aimed at the person last named (Putin)."""
    (event,) = [e for e in events(nlp, seed_text) if e.evidence.text.startswith("planned to speak")]
    assert event.source.name == "Donald Trump" and event.target.name == "Vladimir Putin"
    assert event.category == "AGREE"  # PLOVER codes intended meetings as AGREE ("ready to host a meeting")
    assert not event.future  # the intent is stated now (CAMEO 036, which GDELT exports): the meeting is future


# CAMEO/PLOVER rules added for the second PLOVER pass (sentences written for the tests, not taken from the gold).
RULE_CASES = [
    # a quantity counts a group: the group is who acts, coded by where it is
    ("Thousands of students marched in Caracas against the government of Nicolas Maduro.", ("PROTEST", "VEN", "VEN")),
    # an ethnic group is coded by where the clause happens
    ("Macedonian police arrested two ethnic Albanians in a raid in Skopje on Monday.", ("COERCE", "MKD", "MKD")),
    # CAMEO codes Jewish settlers as Israeli
    ("Jewish settlers attacked Palestinian farmers near the West Bank city of Hebron.", ("ASSAULT", "ISR", "PSE")),
    # a named organisation or person with no country acts at home with the state it deals with
    ("The Movement for Democratic Change accused the Zimbabwean government of rigging the vote.",
     ("ACCUSE", "ZWE", "ZWE")),
    ("Judge Ernesto Villaverde opened an investigation into Argentine military officers.", ("ACCUSE", "ARG", "ARG")),
    # a judge the dictionary knows is of his own state (people.csv, session 59): Garzon is Spanish
    ("Judge Baltasar Garzon opened an investigation into Argentine military officers.", ("ACCUSE", "ESP", "ARG")),
    # CAMEO 196: violating a ceasefire is an assault
    ("The Philippine army is guilty of violating the truce, according to a group that conducted fact-finding "
     "missions in Mindanao.", ("ASSAULT", "PHL", None)),
    # CAMEO 086: receiving observers allows international involvement
    ("Belarus received a team of OSCE observers on Monday.", ("RETREAT", "BLR", "IGO")),
    # CAMEO 145: throwing stones is a violent protest
    ("Palestinian youths threw stones at Israeli soldiers in Hebron on Friday.", ("PROTEST", "PSE", "PSE")),
    # acting "to protest" is the protest
    ("Thousands of Kenyans gathered for a rally in Nairobi to protest the election results.",
     ("PROTEST", "KEN", "KEN")),
    # CAMEO 185: an attempted assassination is an assault, by no one named, so coded by the place
    ("An attempt to assassinate the governor of Basra was thwarted in Basra on Friday, police said.",
     ("ASSAULT", "IRQ", "IRQ")),
    # CAMEO 113: calling for sanctions against someone rallies opposition against them
    ("Amnesty International called for sanctions against Myanmar on Sunday.", ("ACCUSE", "NGO", "MMR")),
    # an act done for a purpose with no coded act of its own keeps the purpose as the event
    ("Egypt has mobilized lobby groups in Washington to help support the Palestinians.", ("SUPPORT", "EGY", "PSE")),
]


@pytest.mark.parametrize(("text", "expected"), RULE_CASES, ids=[f"{c[1][0]}-{n}" for n, c in enumerate(RULE_CASES)])
def test_cameo_rules(nlp, text: str, expected: tuple[str, str | None, str | None]) -> None:
    assert expected in coded(nlp, text)


def test_background_allegations_and_purposes_are_no_events(nlp) -> None:
    # what someone is accused of is the accusation, not a second event
    accused = coded(nlp, "The Sudanese government has accused Darfur rebels of violating a month-old ceasefire.")
    assert {c[0] for c in accused} == {"ACCUSE"}
    # a relative clause is background; the dative "to" gives the target
    paid = coded(nlp, "Uganda paid compensation to British nationals for assets they lost when Idi Amin expelled them.")
    assert paid == {("RETREAT", "UGA", "GBR")}
    # a purpose of a coded act is no second event
    assert {c[0] for c in coded(nlp, "Norway is willing to send material to help defend Saudi Arabia.")} == {"AGREE"}
    # what protesters demand is the protest's aim
    blocked = coded(nlp, "Hundreds of protesters blocked roads in Paris demanding higher prices from the French government.")
    assert blocked == {("PROTEST", "FRA", "FRA")}
    # a body meeting on its own consults no one; no country on either side is no CAMEO event
    assert coded(nlp, "The Israeli cabinet met on Sunday.") == set()
    assert coded(nlp, "Defence officials cautioned that no deadline had been set for the removal of the troops.") == set()


# Codebook coverage added from the CAMEO/PLOVER definitions, not from the dev misses (sentences written for the
# tests): one per newly covered verb or phrase group.
CODEBOOK_CASES = [
    # 03: an intent stated with a noun; an invitation to meet
    ("Turkey expressed willingness to resume talks with Greece.", ("AGREE", "TUR", "GRC")),
    ("Ethiopia invited Eritrea to peace talks.", ("AGREE", "ETH", "ERI")),
    # 04: an official's trip abroad is a visit; talks held with someone are not with the place they are held in
    ("The Chinese foreign minister travelled to Pakistan on Monday.", ("CONSULT", "CHN", "PAK")),
    ("Chinese Premier Li Peng held talks with Japanese officials in Beijing.", ("CONSULT", "CHN", "JPN")),
    ("A meeting between Chinese and Russian foreign ministers took place in Moscow.", ("CONSULT", "CHN", "RUS")),
    # 05: diplomatic relations established or restored, a stance expressed, a debt forgiven
    ("Vietnam established diplomatic relations with South Korea.", ("SUPPORT", "VNM", "KOR")),
    ("Russia expressed support for Serbia's position on Kosovo.", ("SUPPORT", "RUS", "SRB")),
    ("Germany forgave Poland's debt.", ("SUPPORT", "DEU", "POL")),
    # 06: joint exercises are military cooperation; 15: exercises alone are a show of force
    ("Thailand and Malaysia conducted joint military exercises near the border.", ("COOPERATE", "THA", "MYS")),
    ("Iran staged military exercises near the Strait of Hormuz.", ("MOBILIZE", "IRN", None)),
    ("Greece put its armed forces on alert after Turkish incursions.", ("MOBILIZE", "GRC", "TUR")),
    # 07: an amount "in aid"
    ("Japan provided $10 million in humanitarian aid to Bangladesh.", ("AID", "JPN", "BGD")),
    # 08: closures lifted, an amnesty granted
    ("Israel lifted the closure of the Gaza Strip.", ("CONCEDE", "ISR", "PSE")),
    ("The Peruvian president granted amnesty to jailed rebels.", ("RETREAT", "PER", None)),
    # 10: asking for something, seeking help
    ("Poland asked Germany for compensation.", ("REQUEST", "POL", "DEU")),
    ("Haiti sought assistance from the United Nations.", ("REQUEST", "HTI", "IGO")),
    # 11: outrage voiced
    ("Japan voiced outrage at the Chinese nuclear test.", ("ACCUSE", "JPN", "CHN")),
    # 12: ignoring or defying
    ("Russia defied the United Nations.", ("REJECT", "RUS", "IGO")),
    # 14: strikes and walkouts, crowds counted by a quantity
    ("Hundreds of miners went on strike in Bolivia.", ("PROTEST", "BOL", "BOL")),
    ("Teachers walked out of schools across Nigeria.", ("PROTEST", "NGA", None)),
    ("Thousands of Serbs protested in Belgrade against President Slobodan Milosevic.", ("PROTEST", "SRB", "SRB")),
    # 16: sanctions imposed, envoys recalled, relations broken, talks walked out of
    ("Washington imposed sanctions on Iran.", ("SANCTION", "USA", "IRN")),
    ("Egypt recalled its ambassador from Israel.", ("SANCTION", "EGY", "ISR")),
    ("Senegal broke off diplomatic relations with Gambia.", ("SANCTION", "SEN", "GMB")),
    ("The Nigerian delegation walked out of the talks with Biafra.", ("SANCTION", "NGA", None)),
    # 17: custody and round-ups (a verdict and a sentence: PLOVER's SANCTION/convict, CAMEO 173); a state's
    # coercion with no foreign object is of its own people
    ("The Burmese junta placed Aung San Suu Kyi under house arrest.", ("COERCE", "MMR", "MMR")),
    ("Police in Jakarta rounded up 40 suspected militants.", ("COERCE", "IDN", "IDN")),
    ("Egypt sentenced three Islamists to death.", ("SANCTION", "EGY", "EGY")),
    ("The arrest of ten opposition leaders by Kenyan police sparked riots.", ("COERCE", "KEN", "KEN")),
    # 18: hostages, a lone attacker coded by the place, a claimed attack
    ("Militants took 20 foreign tourists hostage in the Philippines.", ("ASSAULT", "PHL", None)),
    ("A suicide bomber killed 12 Israelis in Jerusalem.", ("ASSAULT", "ISR", "ISR")),
    ("Hamas claimed responsibility for the bombing in Tel Aviv.", ("ASSAULT", "PSE", "ISR")),
    # 19: occupation, clashes between two nationalities, a place named by its nationality
    ("Iraqi troops occupied Kuwait in 1990.", ("ASSAULT", "IRQ", "KWT")),
    ("Indian and Pakistani troops clashed in Kashmir.", ("ASSAULT", "IND", "PAK")),
    ("Government forces fought rebels in the Sri Lankan town of Jaffna.", ("ASSAULT", "LKA", "LKA")),
]


def _matches(found: set, expected: tuple[str, str | None, str | None]) -> bool:
    return any(f[0] == expected[0] and f[1] == expected[1] and (expected[2] is None or f[2] == expected[2])
               for f in found)


@pytest.mark.parametrize(("text", "expected"), CODEBOOK_CASES,
                         ids=[f"{c[1][0]}-{n}" for n, c in enumerate(CODEBOOK_CASES)])
def test_codebook_coverage(nlp, text: str, expected: tuple[str, str | None, str | None]) -> None:
    found = coded(nlp, text)
    assert _matches(found, expected), found


def test_new_phrases_do_not_fire_without_their_event(nlp) -> None:
    # a trip with no destination abroad is no visit; concern is no condemnation
    assert coded(nlp, "The minister travelled without a passport.") == set()
    assert coded(nlp, "He expressed concern about the weather.") == set()
    # who reports the news is no event: "the team trying to broker a pact"
    reported = coded(nlp, "Kenya has accused Somali militias of attacking a border post, a member of the Ethiopian "
                          "team trying to broker a peace pact has said.")
    assert {c[0] for c in reported} == {"ACCUSE"}


def test_codebook_codes_for_new_groups(nlp) -> None:
    (joint,) = events(nlp, "Thailand and Malaysia conducted joint military exercises near the border.")
    # COOPERATE has no modes in the PLOVER manual: "military" is the event's context (CAMEO 062)
    assert (joint.cameo, joint.cameo_code, joint.quad_class, joint.mode) == ("06", "062", 2, None)
    assert contexts(joint.category, joint.mode, joint.cameo_code) == ["military"]
    (sanction,) = events(nlp, "Washington imposed sanctions on Iran.")
    # GDELT's Goldstein value of CAMEO 163 (impose embargo, boycott or sanctions)
    assert (sanction.cameo_code, sanction.quad_class, sanction.goldstein) == ("163", 4, -8.0)
    (strike,) = events(nlp, "Hundreds of miners went on strike in Bolivia.")
    assert (strike.category, strike.mode, strike.cameo) == ("PROTEST", "strike", "14")


def test_what_an_actor_says_while_acting_explains_the_act(nlp) -> None:
    """"..., saying he must resign": the statement is the act's reason, not a second event."""
    assert coded(nlp, "Thousands of Kenyan students marched in Nairobi against President Moi, saying he must "
                      "resign.") == {("PROTEST", "KEN", "KEN")}
    found = events(nlp, "Egyptian President Hosni Mubarak has refused to meet Israel's visiting Prime Minister in "
                        "Cairo, saying he would only welcome him in Alexandria, his office said.")
    assert [(e.category, e.source.country, e.target.country) for e in found] == [("REJECT", "EGY", "ISR")]
    assert coded(nlp, "Chinese police arrested 30 Tibetan monks in Lhasa, saying they had attacked a police "
                      "station.") == {("COERCE", "CHN", "CHN")}


def test_a_statement_made_while_acting_is_kept_when_it_is_another_act(nlp) -> None:
    """A demand on someone else, a threat, or what is added rather than explained stays an event."""
    assert ("REQUEST", "IRN", "USA") in coded(
        nlp, "Iran rejected the proposal, saying the United States must withdraw its fleet from the Gulf.")
    assert ("THREATEN", "IRN", "USA") in coded(
        nlp, "Iran rejected the proposal, saying it would attack any American ship in the Gulf.")
    assert ("AGREE", "RUS", "DEU") in coded(nlp, "Russia criticised NATO on Monday, adding that it would welcome "
                                                  "talks with Germany.")


def test_speaking_to_reporters_is_no_consultation(nlp) -> None:
    assert coded(nlp, "The Iraqi foreign minister spoke to reporters in Baghdad, saying Kuwait must return the "
                      "oil.") == {("REQUEST", "IRQ", "KWT")}
    assert ("CONSULT", "IRQ", "KWT") in coded(nlp, "The Iraqi foreign minister spoke with his Kuwaiti counterpart "
                                                    "in Baghdad.")


def test_pushing_for_someone_to_act_is_one_request_of_them(nlp) -> None:
    """The act asked for is the request's content, not an event of its own; whom it asks is the target."""
    assert coded(nlp, "Britain pushed for the United States to support the debt relief plan.") == \
        {("REQUEST", "GBR", "USA")}
    assert coded(nlp, "Japan pressed hard for Ghana to release the detainees.") == {("REQUEST", "JPN", "GHA")}


def test_participles_of_one_subject_are_one_act(nlp) -> None:
    """"declared a state of emergency ..., arresting opposition leaders": one COERCE, even when the speaker
    finder names the general for one verb and the government for the other."""
    found = events(nlp, "The military government of General Omar Bashir declared a state of emergency in Sudan on "
                        "Sunday, suspending the constitution and arresting opposition leaders, a spokesman for the "
                        "British embassy said.")
    assert [(e.category, e.source.country, e.target.country) for e in found] == [("COERCE", "SDN", "SDN")]


# Sentences the small parser gets wrong in ways the event reader repairs, and actor kinds added with them.
REPAIR_CASES = [
    # the first noun parsed as the sentence's root, the main verb as a participle hanging off it
    ("Nurses from three German charity groups donated and personally delivered $20,000 worth of medicine to "
     "Kabul General Hospital, risking arrest.", ("AID", "DEU", "AFG")),
    # a preposition whose object the parser made the subject of the clause after it
    ("Spain has granted political asylum to four Cuban dissidents hiding in its embassy since March, the Spanish "
     "foreign ministry said on Friday.", ("AID", "ESP", "CUB")),
    # a sentence-final reporting clause hung on the report's last noun as an apposition
    ("Kenyan authorities are failing to protect the land rights of Maasai herders, a human rights group protested "
     "here on Monday.", ("ACCUSE", "NGO", "KEN")),
    # the report's subject made a second subject of "said"; the protest's target is who did what is protested
    ("Albanian students resorted to throwing rocks during demonstrations against the alleged abuses by Serbian "
     "police, officials said on Monday.", ("PROTEST", "ALB", "SRB")),
    # a passive's "by" phrase hung on the verb of an aside between commas
    ("Former president Charles Taylor has been accused of looting up to $100 million in state funds, much of it "
     "believed hidden abroad, by the current Liberian government.", ("ACCUSE", "LBR", "LBR")),
    # those demobilized or disarmed stand down themselves; "one half of" counts the rebels
    ("One half of the Tamil rebels operating in northern Sri Lanka have been disarmed since the truce, army "
     "officers told Reuters by phone.", ("RETREAT", "LKA", None)),
    # leaders of a body act for it, coded by where they act
    ("Leaders of the Musavat opposition party agreed to call off the rally in Baku until next week.",
     ("AGREE", "AZE", None)),
    # a sanction announced as decided is a sanction, not a threat
    ("The Netherlands announced on Monday it would prohibit all arms sales to the Burmese military.",
     ("SANCTION", "NLD", "MMR")),
    # training fighters (here hackers) builds a force against whoever it is aimed at
    ("Iran has trained more than 300 computer hackers capable of attacking Israeli networks, an Israeli official "
     "said on Sunday.", ("MOBILIZE", "IRN", "ISR")),
    # peoples that live in one state are coded by it
    ("Kachin rebels ambushed a convoy of Burmese soldiers.", ("ASSAULT", "MMR", "MMR")),
    # named associations are non-governmental; members of one act as it
    ("Members of the International Association of Democratic Lawyers investigated the treatment of prisoners in "
     "Turkey.", ("ACCUSE", "NGO", "TUR")),
    # peacekeepers with no state named are an international force
    ("Somali clan elders said they opposed the deployment of a regional peacekeeping force.", ("REJECT", "SOM", "IGO")),
    # a named union with a country word is that country's union, not its government, so the government is its target
    ("The Kenya National Union of Teachers announced on Friday that it had called off a strike after talks with the "
     "Kenyan government.", ("CONCEDE", "KEN", "KEN")),
]


@pytest.mark.parametrize(("text", "expected"), REPAIR_CASES, ids=[f"{c[1][0]}-{n}" for n, c in enumerate(REPAIR_CASES)])
def test_misparse_repairs_and_actor_kinds(nlp, text: str, expected: tuple[str, str | None, str | None]) -> None:
    found = coded(nlp, text)
    assert _matches(found, expected), found


def test_repairs_do_not_fire_where_the_parse_is_right(nlp) -> None:
    # training or recruiting anyone but fighters builds no force
    assert coded(nlp, "The army trained teachers in first aid.") == set()
    # a first name is no people: Karen Bass is not Burmese
    assert all(source != "MMR" for _, source, _ in coded(nlp, "Karen Bass met Ukrainian officials in Kyiv."))
    # a participle with its own "by" phrase is a modifier, not a trailing report
    doc = nlp("Turkey rejected the plan, a proposal drafted by Greece.")
    assert not doc._.saywho_attributions
    assert {e.category for e in doc._.saywho_events} == {"REJECT"}
    # "its peacekeeping forces" are the organisation's own, not a second international actor
    found = coded(nlp, "The United Nations rejected a call for its peacekeeping forces to be deployed in Haiti.")
    assert ("REJECT", "IGO", "IGO") not in found


DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(("name", "floor"), [("events_fresh.tsv", 0.85), ("events_fresh2.tsv", 0.80),
                                             ("events_fresh3.tsv", 0.80), ("events_fresh4.tsv", 0.85),
                                             ("events_fresh5.tsv", 0.85), ("events_fresh6.tsv", 0.85),
                                             ("events_fresh7.tsv", 0.85), ("events_fresh8.tsv", 0.70)])
def test_fresh_sentences_written_after_the_dev_passes(nlp, name: str, floor: float) -> None:
    """Three sets of 40 wire-style sentences, two or three per category, one of 20 statements, two of 30
    recent-news sentences and two of 20 (harder syntax; 1990s wire), written after the PLOVER dev passes and each
    scored once before any rule was changed for it (full match 0.800, 0.650, 0.700, 0.700, 0.700, 0.600, 0.800 and
    0.500 then;
    docs/accuracy.md): a floor, not a target, so that rules tuned on them do not quietly stop generalising."""
    rows = [line.split("\t") for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    docs = nlp.pipe([text for text, *_ in rows])
    full = 0
    for (_, category, source, target), doc in zip(rows, docs, strict=True):
        found = {(e.category, e.source.country if e.source else None, e.target.country if e.target else None)
                 for e in doc._.saywho_events}
        full += _matches(found, (category, source, None if target == "-" else target))
    assert full / len(rows) >= floor


def test_unnamed_groups_are_coded_by_the_state_they_face(nlp) -> None:
    # parties and opposition facing their state's leaders; rebels facing its forces
    assert ("REQUEST", "ZMB", "ZMB") in coded(nlp, "Opposition parties demanded that the Zambian president call early elections.")
    assert ("ASSAULT", "IND", "IND") in coded(
        nlp, "Maoist guerrillas ambushed an Indian police convoy in Chhattisgarh, killing eight officers.")
    # but not by the nationality of the people they act on
    found = coded(nlp, "Gunmen kidnapped a Chinese engineer on Monday.")
    assert all(source != "CHN" for _, source, _ in found)
    # a city the tagger calls an organisation still places the act
    assert ("CONCEDE", "MLI", "MLI") in coded(nlp, "The junta lifted the curfew in Bamako on Saturday.")
    # an official complaint is aimed at what it is about, not at whom it is filed with
    found = events(nlp, "Argentina filed a complaint with the United Nations over British military exercises.")
    assert [(e.category, e.source.country, e.target.country, e.cameo_code) for e in found] == [("ACCUSE", "ARG", "GBR", "114")]


SECOND_PASS_CASES = [
    # an ethnic group is placed where it marches, through "the streets of" a city GeoNames knows
    ("Hundreds of ethnic Serbs marched through the streets of Vukovar on Saturday, police said.", ("PROTEST", "HRV", "HRV", "141")),
    # sending forces is mobilizing them (CAMEO 154), not aid
    ("Nigeria sent 500 troops to Liberia on Monday.", ("MOBILIZE", "NGA", "LBR", "154")),
    # calling on someone to act is a request, whatever the act
    # CAMEO 02 "Appeal": calling on someone is an appeal (020), not a demand (100)
    ("The Arab League called on Sudan's rulers to step aside.", ("REQUEST", "IGO", "SDN", "020")),
    # crowd-control weapons are repression (CAMEO 175), not an assault with firearms
    ("Police fired rubber bullets at protesters in Nairobi on Tuesday.", ("COERCE", "KEN", "KEN", "175")),
    # halting deliveries is reducing aid (CAMEO 162)
    ("Japan halted food shipments to North Korea.", ("SANCTION", "JPN", "PRK", "162")),
    # easing a ban with no foreign object eases it for the state's own people
    ("Ghana's government lifted a ban on opposition rallies.", ("CONCEDE", "GHA", "GHA", "081")),
    # looting is seizing property (CAMEO 1711)
    ("Burundian soldiers looted shops in Bujumbura.", ("COERCE", "BDI", "BDI", "1711")),
    # "his country" is the speaker's
    ("Brazil's foreign minister said his country was ready to mediate between Ecuador and Peru.", ("AGREE", "BRA", "ECU", "030")),
    # the rebels a government signs with are its own
    ("Angola's government and the rebels signed a peace accord in Lusaka.", ("SUPPORT", "AGO", "AGO", "057")),
]



def test_reports_grounds_and_rejected_texts_are_no_second_event(nlp) -> None:
    # the announcement of an act coded from what was announced is that act, by its own doer
    found = coded(nlp, "France will send 300 tonnes of food aid to Niger, the foreign ministry announced.")
    assert found == {("AGREE", "FRA", "NER")}
    # the grounds of an expulsion are no event of their own
    assert coded(nlp, "Russia expelled a British diplomat for spying.") == {("SANCTION", "RUS", "GBR")}
    # what a vetoed resolution says did not happen
    assert {c for c, _, _ in coded(nlp, "China vetoed a Security Council resolution condemning Myanmar.")} == {"REJECT"}


THIRD_PASS_CASES = [
    # a bomb going off is an attack by someone unnamed, coded by the place (CAMEO 183)
    ("A bomb exploded outside a bank in the Peruvian capital Lima on Sunday.", ("ASSAULT", "PER", "PER", "183")),
    # approving a loan to someone is aid (CAMEO 071)
    ("The IMF approved a $500 million loan to Pakistan.", ("AID", "IGO", "PAK", "071")),
    # a state's dealings with unnamed rebels or strikers are with its own
    ("Sudan's president pardoned 50 rebels on Tuesday.", ("RETREAT", "SDN", "SDN", "0841")),
    ("Zambia's president refused to meet the striking teachers' leaders.", ("REJECT", "ZMB", "ZMB", "120")),
    # what is sent is no target; where it is sent is
    ("Britain pledged to send 500 peacekeepers to Sierra Leone.", ("AGREE", "GBR", "SLE", "030")),
    # a people with no state is coded by where the phrase puts it
    ("Kurdish refugees in Iran staged a protest on Monday.", ("PROTEST", "IRN", "IRN", "141")),
]



def test_a_province_is_not_looked_up_as_a_city(nlp) -> None:
    # GeoNames knows a Turkish city once called Antioquia; the Colombian province is no city
    found = coded(nlp, "Rebels killed a Colombian mayor in the province of Antioquia.")
    assert all("TUR" not in (source, target) for _, source, target in found)


def test_what_a_plain_said_says_can_be_criticism_solidarity_or_an_offer_to_talk(nlp) -> None:
    said = 'The Russian foreign ministry said Washington\'s new sanctions were "an act of aggression."'
    assert coded(nlp, said) == {("ACCUSE", "RUS", "USA")}
    # the state a person speaks for is not what the statement is about
    assert coded(nlp, '"Britain stands with Ukraine," the British prime minister said in Kyiv.') == {("SUPPORT", "GBR", "UKR")}
    talks = '"We are ready for talks with Seoul at any time," North Korea\'s foreign minister said.'
    assert coded(nlp, talks) == {("AGREE", "PRK", "KOR")}
    # a statement with none of these words is no event
    assert coded(nlp, "The Kenyan minister said the weather was unacceptable for farming.") == set()


def test_never_agreeing_is_a_rejection_and_a_call_is_on_whom_it_calls(nlp) -> None:
    found = coded(nlp, "The Turkish president said he would never accept a Kurdish state in northern Syria.")
    assert {c for c, _, _ in found} == {"REJECT"}
    assert ("REQUEST", "DEU", "RUS") in coded(nlp, "The German chancellor called on Russia to withdraw its troops from Ukraine.")
    # a past tense after a noun root is the main verb, whatever its object
    assert ("REQUEST", "IGO", "ETH") in coded(nlp, "The UN chief called on Ethiopia to allow aid into Tigray.")
    # "Africa" inside "South Africa" is no African group
    assert ("SUPPORT", "ZAF", "NGA") in coded(nlp, "South Africa's foreign minister praised Nigeria's mediation.")


FIFTH_PASS_CASES = [
    # a crowd storming a building protests violently (CAMEO 145); forces storming one assault it
    ("Thousands of Kenyan students stormed the parliament in Nairobi demanding lower fees.", ("PROTEST", "KEN", "KEN", "145")),
    ("Russian special forces stormed the school in Beslan.", ("ASSAULT", "RUS", "RUS", "180")),
    ("Uganda closed its border with Rwanda.", ("SANCTION", "UGA", "RWA", "160")),
    # ordering an envoy out is an expulsion (CAMEO 166)
    ("Iran ordered the British ambassador to leave the country.", ("SANCTION", "IRN", "GBR", "166")),
    # exchanging prisoners releases them, both ways (CAMEO 0841)
    ("India and Pakistan exchanged prisoners on Monday.", ("RETREAT", "IND", "PAK", "0841")),
    # letting inspectors in allows international involvement (CAMEO 086), with the inspectors as target
    ("Iran allowed IAEA inspectors to visit the Natanz site.", ("RETREAT", "IRN", "IGO", "086")),
    # a missile test is a show of force (CAMEO 150), not an attack
    ("Iran test-fired a long-range missile on Sunday.", ("MOBILIZE", "IRN", None, "150")),
    ("Israeli jets struck Hamas targets in Gaza.", ("ASSAULT", "ISR", "PSE", "180")),
]


def _with_codes(nlp, text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(e.category, e.source.country if e.source else None, e.target.country if e.target else None, e.cameo_code)
            for e in events(nlp, text)]


SIXTH_PASS_CASES = [
    # a state's dealings with a group named only by "by" are with its own people
    ("Italy agreed to a request by the protesters to reopen the port.", ("AGREE", "ITA", "ITA", "030")),
    # handing suspects over is judicial cooperation (CAMEO 063); pulling troops out is a retreat (0874)
    ("Turkey handed over two suspected militants to Iraqi authorities.", ("COOPERATE", "TUR", "IRQ", "063")),
    ("Ethiopian troops pulled out of the Somali town of Baidoa.", ("RETREAT", "ETH", "SOM", "0874")),
    ("The Thai coast guard rescued 40 Burmese fishermen.", ("AID", "THA", "MMR", "073")),
    # restoring institutions accedes to reform (CAMEO 083), for the state's own people
    ("Pakistan's military ruler restored the constitution.", ("CONCEDE", "PAK", "PAK", "083")),
    ("Egypt moved troops to its border with Libya.", ("MOBILIZE", "EGY", "LBY", "154")),
    ("The EU froze the assets of five Belarusian officials.", ("SANCTION", "IGO", "BLR", "163")),
    ("The African Union suspended Guinea's membership after the coup.", ("SANCTION", "IGO", "GIN", "160")),
    # what the executed man was convicted of is not whom the execution is aimed at
    ("Saudi authorities executed a man convicted of smuggling drugs from Jordan.", ("ASSAULT", "SAU", "SAU", "180")),
    ("Burmese troops burned down villages in Shan state.", ("COERCE", "MMR", "MMR", "1712")),
    # the nationality nearest the head: Greek Cypriots are Cypriot
    ("Greek Cypriot leaders rejected the UN plan.", ("REJECT", "CYP", "IGO", "120")),
]
SEVENTH_PASS_CASES = [
    # a passive attack by a weapon is by whoever planted or fired it; rebels facing a state's forces are its own
    ("Two Indian soldiers were killed by a mine planted by Maoist rebels in Chhattisgarh.", ("ASSAULT", "IND", "IND", "1823")),
    # "an attack by insurgents" names the attackers: repelling it is aimed at them, of the army's own country
    ("The Nigerian army said it had repelled an attack by insurgents on a base in Borno.", ("ASSAULT", "NGA", "NGA", "180")),
    # a town is taken by force (CAMEO 192); weapons are confiscated (1711)
    ("Chadian rebels seized the town of Abeche on Friday.", ("ASSAULT", "TCD", "TCD", "192")),
    ("Malian forces seized weapons from the rebels.", ("COERCE", "MLI", "MLI", "1711")),
]
EIGHTH_PASS_CASES = [
    ("Russian artillery pounded the Ukrainian town of Bakhmut on Monday.", ("ASSAULT", "RUS", "UKR", "194")),
    # banning a country's goods is an embargo (CAMEO 163); a law is the act it makes law
    ("Turkey banned Armenian goods from entering the country.", ("SANCTION", "TUR", "ARM", "163")),
    ("The Kenyan parliament approved a bill banning plastic bags.", ("COERCE", "KEN", "KEN", "1722")),
    # where a person is ("in Jerusalem") is not their nationality; the title names their organisation
    ("Israeli Prime Minister Yitzhak Rabin met U.N. envoy Terje Roed-Larsen in Jerusalem.", ("CONSULT", "ISR", "IGO", "040")),
    # "Sudan's Darfur rebels" are Sudanese rebels, not the state of Sudan meeting itself
    ("Sudan's Darfur rebels agreed to negotiate with Khartoum.", ("AGREE", "SDN", "SDN", "030")),
    ("The Nicaraguan government accused Honduras of sheltering rebels.", ("ACCUSE", "NIC", "HND", "111")),
]
FRESH_PASS_CASES = (SECOND_PASS_CASES + THIRD_PASS_CASES + FIFTH_PASS_CASES + SIXTH_PASS_CASES + SEVENTH_PASS_CASES
                    + EIGHTH_PASS_CASES)


@pytest.mark.parametrize(("text", "expected"), FRESH_PASS_CASES, ids=[f"{c[1][0]}-{n}" for n, c in enumerate(FRESH_PASS_CASES)])
def test_rules_from_the_fresh_checks(nlp, text: str, expected: tuple[str, str, str | None, str]) -> None:
    found = _with_codes(nlp, text)
    assert expected in found, found


# --- session 5: PLOVER-style records (gold/events/records) ---------------------------------------------------


def test_what_is_asked_for_or_refused_is_no_second_event(nlp):
    found = coded(nlp, "The Security Council urged Belgrade to withdraw its special police units from Kosovo.")
    assert {c for c, _, _ in found} == {"REQUEST"}
    found = coded(nlp, "Myanmar's junta refused to allow foreign aid workers into the cyclone-hit delta.")
    assert "AID" not in {c for c, _, _ in found}


def test_an_act_joined_by_and_stays_its_own(nlp):
    found = coded(nlp, "Pakistan condemned the attacks on Indian soldiers and offered its condolences to India.")
    assert "ACCUSE" in {c for c, _, _ in found}
    assert len(found) >= 2


def test_past_destruction_in_a_statement_is_no_threat(nlp):
    found = coded(nlp, "Japan has given Sri Lanka 45 million dollars in grant aid to rebuild fishing harbours "
                       "destroyed by the tsunami, the Japanese embassy in Colombo said.")
    assert "THREATEN" not in {c for c, _, _ in found}
    found = coded(nlp, "The rebel commander said his fighters would destroy any Chadian column that crossed the river.")
    assert "THREATEN" in {c for c, _, _ in found}


def test_a_country_s_own_people_aim_at_its_government(nlp):
    assert ("REQUEST", "LBN", "LBN") in coded(
        nlp, "Lebanese trade unions demanded on Wednesday a 40 percent rise in the minimum wage.")
    assert ("ACCUSE", "NGA", "NGA") in coded(
        nlp, "Nigeria's main opposition party accused the electoral commission of rigging the presidential vote.")


def test_british_spelling_finds_the_organisation(nlp):
    found = coded(nlp, "The Organisation of African Unity appealed to Ethiopia and Eritrea to pull their troops back.")
    assert any(c == "REQUEST" and s == "IGO" for c, s, _ in found)


def test_asking_a_state_to_act_is_a_request_whatever_the_act(nlp):
    assert ("REQUEST", "SAU", "USA") in coded(
        nlp, "Saudi Arabia has asked Washington to speed up the delivery of spare parts for its F-15 fighters.")


def test_a_place_named_by_its_country_s_possessive_places_the_act(nlp):
    found = coded(nlp, "Gunmen kidnapped a German engineer working for a Siemens subsidiary in Nigeria's oil-rich "
                       "Delta state on Monday, police said.")
    assert ("ASSAULT", "NGA", "DEU") in found


def test_what_a_protest_is_against_is_not_where_it_happened(nlp):
    found = coded(nlp, "Tens of thousands of people marched through central London on Saturday to protest "
                       "against the planned invasion of Iraq.")
    assert any(c == "PROTEST" and s == "GBR" for c, s, _ in found)


def test_a_common_noun_of_an_organisations_name_is_not_looked_up_as_a_town(nlp) -> None:
    # GeoNames has a town called University (Mississippi): "the University of Ghana" is no place in the US
    found = coded(nlp, "Students at the University of Ghana protested against a rise in fees.")
    assert found and all("USA" not in (source, target) for _, source, target in found)
    assert ("ASSAULT", "MLI", "MLI") in coded(nlp, "Rebels attacked an army post in Bamako on Sunday.")


def test_the_body_one_is_put_out_of_is_the_source(nlp) -> None:
    assert ("SANCTION", "IGO", "RUS") in coded(nlp, "Russia was expelled from the Council of Europe on Wednesday.")


def test_a_people_with_no_state_of_its_own_is_of_where_it_acts(nlp) -> None:
    assert ("COERCE", "TUR", "TUR") in coded(nlp, "Turkish police detained 40 Kurdish activists in Diyarbakir on Monday.")


# Session 19: faults found by running written wire sentences (not the records) through the coder.


def test_a_country_of_several_words_tagged_a_person_is_the_country(nlp) -> None:
    # the small model tags "Papua New Guinea" PERSON; read as a person its last word made it Guinea
    assert ("AGREE", "PNG", "AUS") in coded(nlp, "Papua New Guinea has accepted an Australian proposal to deploy police.")


def test_a_report_of_a_coded_statement_is_the_statement_s_own_act(nlp) -> None:
    text = "Russia warned Finland on Thursday that it would take retaliatory steps, the foreign ministry said."
    assert coded(nlp, text) == {("THREATEN", "RUS", "FIN")}


def test_a_pledged_hostile_act_is_a_threat(nlp) -> None:
    assert ("THREATEN", "IRN", "ISR") in coded(nlp, "Iran promised to strike Israel if the blockade continued.")
    assert ("THREATEN", "SYR", "SYR") in coded(
        nlp, "Syrian rebels have vowed to retaliate against Alawite villages in Latakia province, a rebel commander said.")
    assert ("AGREE", "JOR", "GBR") in coded(nlp, "Jordan and Britain pledged to hold joint exercises.")


def test_a_win_in_sport_is_no_attack(nlp) -> None:
    assert not events(nlp, "Brazil beat Germany 2-0 to win the World Cup final in Yokohama.")
    assert not events(nlp, "The England cricket team beat Pakistan by five wickets in Lahore.")
    assert ("ASSAULT", "KEN", "KEN") in coded(nlp, "Police beat protesters with batons in Nairobi on Monday.")


def test_a_river_or_delta_named_after_a_country_is_not_that_country(nlp) -> None:
    found = coded(nlp, "Two French engineers were abducted by armed men in the Niger Delta overnight.")
    assert ("ASSAULT", "NGA", "FRA") in found
    assert ("SANCTION", "NER", "FRA") in coded(nlp, "Niger expelled the French ambassador on Monday.")


def test_bodies_phoenix_lacks_are_igos(nlp) -> None:
    assert ("REJECT", "IGO", "JPN") in coded(
        nlp, "The International Whaling Commission rejected a Japanese proposal to resume commercial whaling.")
    assert ("REQUEST", "KAZ", "IGO") in coded(
        nlp, "Kazakhstan appealed to the Collective Security Treaty Organisation for help.")


def test_a_people_with_no_state_is_of_the_town_its_phrase_names(nlp) -> None:
    assert ("COERCE", "TUR", "TUR") in coded(nlp, "Turkish police detained Kurdish activists in Diyarbakir.")
    assert ("ASSAULT", "TUR", "TUR") in coded(nlp, "Kurdish fighters in Diyarbakir attacked a police station.")


def test_two_states_acting_together_keep_each_other_as_counterpart(nlp_default) -> None:
    found = {(e.category, e.source.country if e.source else None, e.target.country if e.target else None)
             for e in nlp_default("Indonesia and Australia signed a security treaty in Lombok on Tuesday.")._.saywho_events}
    assert any(source == "IDN" and target == "AUS" for _, source, target in found)


def test_a_participle_after_a_noun_is_background(nlp) -> None:
    # "held hostage", "imposed … in 2006" say what had been done to the noun, not the sentence's news
    found = coded(nlp, "French troops rescued four aid workers held hostage in northern Mali.")
    assert found and all(category != "ASSAULT" for category, _, _ in found)
    assert not events(nlp, "Sanctions imposed on Iran by the United Nations in 2006 were lifted on Saturday.")


def test_fighting_a_disease_is_no_attack_and_doctors_sent_are_aid(nlp) -> None:
    assert coded(nlp, "Cuba sent 300 doctors to Sierra Leone to help fight the Ebola epidemic.") == {
        ("AID", "CUB", "SLE")}


def test_fire_exchanged_and_bombs_dropped_are_attacks(nlp) -> None:
    assert ("ASSAULT", "IND", "PAK") in coded(
        nlp, "Indian and Pakistani troops exchanged fire across the Line of Control in Kashmir.")
    assert ("ASSAULT", "SYR", "SYR") in coded(nlp, "Syrian government forces dropped barrel bombs on rebel-held districts "
                                                   "of Aleppo.")


def test_a_call_by_telephone_with_someone_consults_them(nlp) -> None:
    assert ("CONSULT", "FRA", "IRN") in coded(
        nlp, "French President Emmanuel Macron spoke by telephone with Iranian President Hassan Rouhani on Sunday.")


def test_a_call_for_something_is_a_request(nlp) -> None:
    assert ("REQUEST", "BRA", "PSE") in coded(nlp, "Brazilian President Lula da Silva called for a ceasefire in Gaza.")


def test_forces_deployed_by_no_one_named_are_their_state_s(nlp) -> None:
    assert ("MOBILIZE", "TUR", "SYR") in coded(nlp, "Turkish troops were deployed along the Syrian border.")
    assert not events(nlp, "Troops would be deployed along the border.")


def test_a_relative_clause_on_a_capitalised_group_is_background(nlp) -> None:
    # "Rebels" opening the sentence is tagged a name: still rebels, and what they had done is background
    assert coded(nlp, "Rebels, who had besieged the town for weeks, released 40 civilians in eastern Sudan on "
                      "Monday.") == {("RETREAT", "SDN", "SDN")}


def test_summoning_an_envoy_is_a_protest_to_their_state(nlp) -> None:
    assert ("ACCUSE", "RUS", "GBR") in coded(nlp, "Russia summoned the British ambassador to protest against new "
                                                  "sanctions.")
    assert not events(nlp, "The court summoned three witnesses.")


def test_a_threat_or_a_pledge_is_made_whatever_its_condition(nlp) -> None:
    (threat,) = events(nlp, "Iran threatened to close the Strait of Hormuz if the United States imposed new sanctions.")
    assert (threat.category, threat.hypothetical, threat.future) == ("THREATEN", False, False)  # exported as made
    (pledge,) = events(nlp, "Israel announced it would withdraw its troops from southern Lebanon by July.")
    assert (pledge.category, pledge.future) == ("AGREE", False)
    # the condition is no event of its own: no US sanction was imposed
    found = events(nlp, "The Houthis threatened to target U.S. warships if Washington attacked Yemen.")
    assert [e.category for e in found] == ["THREATEN"]


def test_an_international_body_in_a_title_is_whom_the_person_acts_for(nlp_default) -> None:
    found = {(e.category, e.source.country, e.target.country) for e in nlp_default(
        "NATO Secretary-General Jens Stoltenberg criticised Russia.\n\nIAEA chief Rafael Grossi criticised Iran."
    )._.saywho_events}
    assert found == {("ACCUSE", "IGO", "RUS"), ("ACCUSE", "IGO", "IRN")}  # not Norway (Phoenix's dated code), not Iran


def test_a_place_of_several_words_is_named_with_capitals(nlp) -> None:
    found = coded(nlp, "Russian troops withdrew from the west bank of the Dnipro river.")
    assert found and not any("PSE" in (source, target) for _, source, target in found)
    assert any(target == "PSE" for _, _, target in coded(nlp, "Israeli troops raided a village in the West Bank."))


def test_a_state_s_hand_on_its_own_politics_is_coercion(nlp) -> None:
    assert any(c == "COERCE" and source == "TUN" for c, source, _ in coded(
        nlp, "Tunisian President Kais Saied dissolved parliament on Wednesday."))
    assert ("COERCE", "TUR", "TUR") in coded(nlp, "The Turkish government removed three pro-Kurdish mayors from office.")
    assert not events(nlp, "The students dissolved sugar in water.")


def test_streets_taken_money_deposited_and_supplies_sought(nlp, nlp_default) -> None:
    found = nlp_default("Thousands of people took to the streets of Tbilisi on Sunday.")._.saywho_events
    assert [(e.category, e.source.country) for e in found] == [("PROTEST", "GEO")]
    assert ("AID", "SAU", "PAK") in coded(nlp, "Saudi Arabia deposited $3 billion in Pakistan's central bank.")
    assert ("REQUEST", "LKA", "IND") in coded(nlp, "Sri Lanka sought emergency fuel supplies from India.")


def test_an_extradition_is_with_the_state_that_receives(nlp) -> None:
    assert ("COOPERATE", "DEU", "FRA") in coded(nlp, "Germany extradited a Syrian intelligence officer to France.")


def test_states_of_the_archives_by_their_old_names(nlp) -> None:
    assert ("ASSAULT", "SRB", "BIH") in coded(nlp, "Yugoslav troops shelled Gorazde.")
    assert ("REJECT", "ZWE", "GBR") in coded(nlp, "Rhodesian Prime Minister Ian Smith rejected British proposals.")


def test_wire_actors_the_dictionaries_lacked(nlp_default) -> None:
    def first(text: str) -> tuple[str, str | None, str | None]:
        event = nlp_default(text)._.saywho_events[0]
        return event.category, event.source.country if event.source else None, event.target.country if event.target else None
    assert first("The Tamil Tigers criticised Britain on Monday.") == ("ACCUSE", "LKA", "GBR")  # not Britain's own
    assert first("Tamil Tiger rebels agreed to attend peace talks with the Sri Lankan government in Thailand.")[1] == "LKA"
    assert first("The Commonwealth suspended Nigeria's membership.")[:2] == ("SANCTION", "IGO")
    assert first("Colombo criticised Britain on Monday.") == ("ACCUSE", "LKA", "GBR")  # a capital for its government
    assert first("Pope John Paul II appealed for an end to the bloodshed in Rwanda.")[1] == "VAT"
    found = nlp_default("The United States dispatched a second aircraft carrier to the Gulf.")._.saywho_events
    assert not any(e.target is not None and e.target.country == "PNG" for e in found)  # "Gulf" is a PNG province


# Session 20: faults found by running written sentences (not the records) through the coder.


def test_a_leader_s_surname_tagged_a_body_is_the_leader(nlp) -> None:
    # the small model tags a lone "Trump" ORG; the nationality beside it made the body Mexican
    assert ("THREATEN", "USA", "MEX") in coded(nlp, "Trump threatened new tariffs on Mexican imports on Friday.")
    assert ("CONSULT", "IND", "CHN") in coded(nlp, "Modi met Xi on the sidelines of the summit in Kazan.")


def test_leaders_since_2015_are_coded_by_their_state(nlp) -> None:
    assert ("ACCUSE", "ARG", "GBR") in coded(nlp, "Javier Milei accused Britain of occupying the Falklands.")
    assert ("CONSULT", "KEN", "SOM") in coded(nlp, "William Ruto met Hassan Sheikh Mohamud in Nairobi on Monday.")


def test_a_state_tagged_a_location_is_the_whole_state(nlp) -> None:
    # the small model tags "South Sudan" LOC; its head word alone made it Sudan
    assert ("MOBILIZE", "UGA", "SSD") in coded(nlp, "Uganda sent troops to South Sudan.")


def test_a_country_named_in_the_phrase_wins_over_a_division_name_known_elsewhere(nlp) -> None:
    # GeoNames knows a "Northwest" only in Iceland
    assert coded(nlp, "Separatists kidnapped a bishop in Cameroon's Northwest region.") == {("ASSAULT", "CMR", "CMR")}


def test_seats_of_power_companies_and_divisions_act_for_their_state(nlp) -> None:
    assert ("ACCUSE", "USA", "CHN") in coded(nlp, "Foggy Bottom summoned the Chinese ambassador.")
    assert ("SANCTION", "RUS", "MDA") in coded(nlp, "Gazprom halted gas deliveries to Moldova.")
    assert ("MOBILIZE", "USA", "MEX") in coded(nlp, "Texas deployed National Guard troops to the Mexican border.")


def test_talks_a_third_state_hosts_are_the_parties_own(nlp) -> None:
    assert coded(nlp, "Muscat hosted indirect talks between Washington and Tehran.") == {("CONSULT", "USA", "IRN")}
    assert ("CONSULT", "QAT", "IRN") in coded(nlp, "Qatar hosted Iranian officials for talks.")


def unreal(nlp, text: str) -> bool:
    return all(e.negated or e.hypothetical or e.future for e in events(nlp, text))


def test_acts_only_weighed_awaited_or_attempted_in_vain_are_not_facts(nlp) -> None:
    assert unreal(nlp, "Japan is considering imposing sanctions on Russian banks.")
    assert unreal(nlp, "Kenya is weighing whether to recall its ambassador from Uganda.")
    assert unreal(nlp, "Ministers from India and Pakistan are expected to meet in Geneva next month.")
    assert unreal(nlp, "Hamas has yet to free the remaining hostages.")
    assert unreal(nlp, "Israel failed to release the prisoners on Monday.")
    assert not unreal(nlp, "Japan imposed sanctions on Russian banks.")


def test_a_vow_with_a_condition_is_still_made(nlp) -> None:
    (event,) = [e for e in events(nlp, "Russia vowed a military response if Finland joined NATO.") if e.source]
    assert event.category == "THREATEN" and not event.hypothetical


def test_phrasal_and_light_verbs_found_uncoded(nlp) -> None:
    assert {(c, s) for c, s, _ in coded(nlp, "Hamas handed over two Israeli hostages to the Red Cross.")} == {
        ("RETREAT", "PSE")}
    assert ("CONSULT", "TUR", "RUS") in coded(nlp, "Erdogan held a phone call with Putin on Sunday.")
    assert ("COOPERATE", "EGY", "GRC") in coded(nlp, "Egypt and Greece exchanged intelligence on smuggling networks.")
    assert ("SANCTION", "ISR", "PSE") in coded(nlp, "Israel called off talks with Hamas on Monday.")
    assert ("SANCTION", "RUS", "CZE") in coded(nlp, "Russia ordered the expulsion of three Czech diplomats.")
    assert ("MOBILIZE", "CHN", "TWN") in coded(nlp, "China launched large-scale military drills around Taiwan.")


def test_territory_taken_by_force_is_an_assault_of_the_town_s_state(nlp_default) -> None:
    # the learned check relabelled the rules' assault a confiscation, and GeoNames' Jordanian Mahas drew the target
    assert coded(nlp_default, "Al-Shabaab fighters seized the Somali town of Mahas.") == {("ASSAULT", "SOM", "SOM")}


def test_sport_and_storms_are_no_events(nlp) -> None:
    assert not events(nlp, "Serbia attacked relentlessly in the second half but could not break down Switzerland's "
                           "defence.")
    assert not events(nlp, "Novak Djokovic withdrew from the Italian Open with an elbow injury.")
    assert not events(nlp, "Typhoon Haiyan slammed into the central Philippines with winds of 315 kph.")


def test_a_city_the_tagger_took_for_a_person_is_its_state(nlp) -> None:
    assert ("SANCTION", "KEN", "COD") in coded(nlp, "Kenya Airways suspended flights to Goma over the fighting.")


def test_word_senses_that_are_no_event_or_another(nlp) -> None:
    # a dismissal from office expels from the body served (PLOVER SANCTION, expel; session 71), no shot
    assert {c for c, _, _ in coded(nlp, "The president fired his vice president on Monday.")} == {"SANCTION"}
    assert not events(nlp, "The former minister walked out of prison on Tuesday.")
    assert not events(nlp, "The king swore in a new cabinet.")
    assert not events(nlp, "Aid agencies warned of famine in Gaza.")
    assert {c for c, _, _ in coded(nlp, "Armed men stormed a church in Ouagadougou.")} == {"ASSAULT"}
    assert ("ASSAULT", "ISR", "LBN") in coded(nlp, "Israel launched air and artillery strikes on southern Lebanon.")


def test_the_target_ranker_keeps_an_argument_and_looks_in_the_trigger_s_clause(nlp_default) -> None:
    nlp = nlp_default
    assert ("ASSAULT", "TUR", "TUR") in coded(nlp, "PKK militants killed two Turkish soldiers in northern Iraq.")
    assert ("ACCUSE", "ARG", "GBR") in coded(nlp, "Argentina filed a complaint against Britain at the UN.")
    assert ("ASSAULT", "RUS", "UKR") in coded(nlp, "Russian troops killed 12 civilians in Kharkiv.")


# Session 21: faults found by written sentences and articles (nouns with their doer, legal, trade and force verbs,
# references across sentences, actors' owners), coded by the rules alone: one act each, its kinds, or none.
SESSION_21 = [
    ("Egyptian troops shelled a Libyan town. Libya condemned the attack.", ("ACCUSE", "LBY", "EGY")),
    ("The expulsion of two Dutch diplomats by Iran was announced on Monday.", ("SANCTION", "IRN", "NLD")),
    ("Russia's attack on Czech positions was announced on Monday.", ("ASSAULT", "RUS", "CZE")),
    ("Canada's recognition of a Palestinian state angered Israel.", ("SUPPORT", "CAN", "PSE")),
    ("A phone call between Macron and Putin lasted two hours.", ("CONSULT", "FRA", "RUS")),
    ("Prosecutors in Senegal dropped charges against opposition leader Moussa Ndiaye.", ("CONCEDE", "SEN", "SEN")),
    ("Nigeria's central bank revoked the licence of a commercial bank in Lagos.", ("COERCE", "NGA", "NGA")),
    ("The Ethiopian government shut down the internet in Tigray.", ("COERCE", "ETH", "ETH")),
    ("A Minsk court handed activist Olga Petrova a 10-year prison sentence.", ("SANCTION", "BLR", "BLR")),
    ("China provided Pakistan with a $2 billion loan.", ("AID", "CHN", "PAK")),
    ("The United States slapped tariffs on Chinese electric vehicles.", ("SANCTION", "USA", "CHN")),
    ("Hundreds of Indonesian workers rallied outside the Malaysian embassy "
     "in Jakarta on Friday.", ("PROTEST", "IDN", "MYS")),
    ("Dozens of activists rallied outside the Chinese consulate in Makati on Wednesday.", ("PROTEST", "PHL", "CHN")),
    ("Germany and Poland launched joint police patrols along their border.", ("COOPERATE", "DEU", "POL")),
    ("Spain handed over a suspected mafia boss to Italy.", ("COOPERATE", "ESP", "ITA")),
    ("The UAE gave 30 armoured vehicles to Somalia.", ("AID", "ARE", "SOM")),
    ("The Asian Development Bank lent $200 million to Nepal.", ("AID", "IGO", "NPL")),
    ("China cancelled $500 million of debt owed by Ethiopia.", ("AID", "CHN", "ETH")),
    ("Russia delivered fighter jets to Mali.", ("AID", "RUS", "MLI")),
    ("Armenian and Azerbaijani negotiators opened a new round of peace talks.", ("CONSULT", "ARM", "AZE")),
    ("Chile accused Peru of spying. Peruvian Foreign Minister Luis Ortega denied the claim.", ("REJECT", "PER", "CHL")),
    ("Kenya deployed troops to the border. Uganda criticised the move.", ("ACCUSE", "UGA", "KEN")),
    ("Cambodian troops shelled a Thai village. Thailand closed all border "
     "crossings with its neighbour.", ("SANCTION", "THA", "KHM")),
    ("Pakistan's Foreign Minister Ishaq Dar met reporters. He accused Kabul "
     "of sheltering militants.", ("ACCUSE", "PAK", "AFG")),
    ("Morocco hosted the summit. The kingdom later accused Algeria of hostile acts.", ("ACCUSE", "MAR", "DZA")),
    ("The European Union imposed tariffs on China. The bloc also accused "
     "Beijing of unfair subsidies.", ("ACCUSE", "IGO", "CHN")),
    ("KYIV, Nov 17 (Reuters) - Russia launched 120 missiles at Ukraine "
     "overnight, Ukrainian officials said.", ("ASSAULT", "RUS", "UKR")),
    ("Teachers in Zimbabwe demanded salaries in US dollars.", ("REQUEST", "ZWE", "ZWE")),
    ("Front Line Defenders condemned the arrest of a Vietnamese activist.", ("ACCUSE", "NGO", "VNM")),
    ("India said Pakistan was responsible for the attack.", ("ACCUSE", "IND", "PAK")),
    ("Egypt said Ethiopia had violated international law.", ("ACCUSE", "EGY", "ETH")),
    ("South Africa hit out at the United States for cutting aid.", ("ACCUSE", "ZAF", "USA")),
    ("Britain took Russia to task over the poisoning.", ("ACCUSE", "GBR", "RUS")),
    ("Italy called in the French ambassador to protest the remarks.", ("ACCUSE", "ITA", "FRA")),
    ("A bomb killed 30 people in Iraq.", ("ASSAULT", "IRQ", "IRQ")),
    ("Russian forces hit a hospital in Kyiv.", ("ASSAULT", "RUS", "UKR")),
    ("Russia fired cruise missiles at Kyiv.", ("ASSAULT", "RUS", "UKR")),
    ("Nine fishermen were killed in a Saudi air strike in Yemen.", ("ASSAULT", "SAU", "YEM")),
    ("Serbia raised its military alert level.", ("MOBILIZE", "SRB", None)),
    ("China sent 71 military aircraft toward Taiwan in a show of force.", ("MOBILIZE", "CHN", "TWN")),
    ("Britain hit Russia with sanctions.", ("SANCTION", "GBR", "RUS")),
    ("The EU banned Russian oil.", ("SANCTION", "IGO", "RUS")),
    ("Australia added three Chinese firms to its sanctions list.", ("SANCTION", "AUS", "CHN")),
    ("Britain ordered out three Iranian diplomats.", ("SANCTION", "GBR", "IRN")),
    ("Britain shut its embassy in Tehran.", ("SANCTION", "GBR", "IRN")),
    ("Britain pulled out of the International Criminal Court.", ("SANCTION", "GBR", "IGO")),
    ("Israeli troops pulled out of Jenin.", ("RETREAT", "ISR", "PSE")),
    ("Australia reopened its embassy in Kabul.", ("SUPPORT", "AUS", "AFG")),
    ("Australia unfroze Iranian assets.", ("CONCEDE", "AUS", "IRN")),
]
SESSION_21_KINDS = [
    ("Uganda's president commuted the death sentences of 30 prisoners.", {"CONCEDE"}),
    ("Ghanaian teachers joined a nationwide strike on Monday.", {"PROTEST"}),
    ("Uganda admitted responsibility for the killings.", {"CONCEDE"}),
    ("Eritrean soldiers committed atrocities in Tigray.", {"ASSAULT"}),
    ("North Korea fired two ballistic missiles into the sea.", {"MOBILIZE"}),
    ("North Korea test-fired two ballistic missiles.", {"MOBILIZE"}),
    ("Armenia announced a partial mobilisation of reservists.", {"MOBILIZE"}),
]
SESSION_21_NONE = [  # whose arrest: who suffered it; an assertion (a cabinet fired is a sanction since session 71)
    "Navalny's arrest sparked protests across Russia.",
    "Saudi Arabia's energy minister insisted that oil output would stay flat.",
]


@pytest.mark.parametrize(("text", "expected"), SESSION_21, ids=[t[:40] for t, _ in SESSION_21])
def test_session_21_written_sentences(nlp, text: str, expected: tuple[str, str | None, str | None]) -> None:
    assert expected in coded(nlp, text)


@pytest.mark.parametrize(("text", "kinds"), SESSION_21_KINDS, ids=[t[:40] for t, _ in SESSION_21_KINDS])
def test_session_21_kinds(nlp, text: str, kinds: set[str]) -> None:
    assert {c for c, _, _ in coded(nlp, text)} == kinds


@pytest.mark.parametrize("text", SESSION_21_NONE, ids=[t[:40] for t in SESSION_21_NONE])
def test_session_21_no_event(nlp, text: str) -> None:
    assert not events(nlp, text)


def test_whose_body_and_a_common_noun(nlp) -> None:
    assert ("COERCE", "NGA") in {(c, s) for c, s, _ in coded(
        nlp, "Agents of Nigeria's Department of State Services raided the home of a judge.")}
    assert ("RETREAT", "GHA", "NGO") not in coded(nlp, "Ghana's president granted amnesty to 800 prisoners.")


def test_a_wire_dateline_with_a_country_and_a_date_is_no_actor(nlp) -> None:
    found = coded(nlp, "AL-ULA, Saudi Arabia, Jan 5 (Reuters) - Saudi Arabia and its allies restored full diplomatic "
                       "ties with Qatar on Tuesday.")
    assert found and all(s == "SAU" for _, s, _ in found)


def test_gangs_and_lawyers_are_no_government(nlp) -> None:
    found = events(nlp, "Haitian gangs attacked a police station in Port-au-Prince.")
    assert found and found[0].source.sector == "CRM" and found[0].source.country == "HTI"
    found = events(nlp, "Hundreds of Tunisian lawyers protested in Tunis on Thursday.")
    assert found and found[0].source.sector == "CVL"


def test_a_denial_blames_no_one_and_ruling_out_refuses(nlp) -> None:
    assert not any(c == "ACCUSE" for c, _, _ in coded(nlp, "Pakistan said it was not responsible for the attack."))
    assert coded(nlp, "Brazil ruled out sending troops to Haiti.") == {("REJECT", "BRA", "HTI")}


# Session 22: helpers' headlines, briefs and sentences with several acts, written with their answers before
# the build was run (gold/events/GUIDE.md).
SESSION_22 = [
    ("Chinese ships fired water cannon at a Filipino boat. Manila lodged a diplomatic protest.", ("ACCUSE", "PHL", "CHN")),
    ("Armenia and Azerbaijan accused each other of violating the ceasefire.", ("ACCUSE", "ARM", "AZE")),
    ("Russia and Ukraine blamed each other for the shelling of a hospital.", ("ACCUSE", "RUS", "UKR")),
    ("Mali ordered the United Nations peacekeeping mission to leave.", ("SANCTION", "MLI", "IGO")),
    ("Burkina Faso ordered French troops to leave.", ("SANCTION", "BFA", "FRA")),
    ("Japan approves loan for Indonesia\n\nJapan agreed on Tuesday to lend Indonesia $4.5 billion.", ("AGREE", "JPN", "IDN")),
    ("The foreign ministers of Armenia and Azerbaijan held talks in Almaty on Friday.", ("CONSULT", "ARM", "AZE")),
    ("Delegations from Russia and Ukraine held talks in Istanbul on Friday.", ("CONSULT", "RUS", "UKR")),
    ("The decision follows repeated Russian drone incursions into Polish airspace.", ("ASSAULT", "RUS", "POL")),
    ("The talks follow Turkish air strikes on Syrian towns.", ("ASSAULT", "TUR", "SYR")),
    ("The United States announced $45 million in aid for Sudan.", ("AID", "USA", "SDN")),
    ("Britain announced an aid package for Kenya on Monday.", ("AID", "GBR", "KEN")),
    ("Japan announced sanctions on five Russian banks on Friday.", ("SANCTION", "JPN", "RUS")),
    ("Several hundred Serbs gathered in front of the municipal building in Zvecan.", ("PROTEST", "SRB", "XKX")),
    ("Belarus's foreign ministry called the EU decision 'economic terrorism'.", ("ACCUSE", "BLR", "IGO")),
    ("France called the charges against its citizen baseless.", ("REJECT", "FRA", None)),
    ("Azerbaijan said it would respond decisively to any Armenian attack.", ("THREATEN", "AZE", "ARM")),
    ("India, Bangladesh leaders hold talks on water sharing\n\nThe prime ministers of India and Bangladesh met in "
     "New Delhi on Tuesday to discuss sharing the waters of the Teesta river.", ("CONSULT", "IND", "BGD")),
]


@pytest.mark.parametrize(("text", "expected"), SESSION_22, ids=[t[:40] for t, _ in SESSION_22])
def test_session_22_written_sentences(nlp, text: str, expected: tuple[str, str | None, str | None]) -> None:
    assert expected in coded(nlp, text)


@pytest.mark.parametrize("text", [
    "Moldova expels Russian diplomat\n\nMoldova expelled a Russian diplomat on Thursday.",
    "Turkish jets strike PKK targets in Iraq\nTurkish warplanes bombed PKK positions in northern Iraq on Saturday.",
    "Ghana asks IMF for emergency loan\n\nGhana asked the International Monetary Fund for an emergency loan on Monday.",
])
def test_a_headline_the_story_tells_again_is_one_event(nlp, text: str) -> None:
    found = events(nlp, text)
    headline_end = text.index("\n")
    assert len(found) == 1 and found[0].evidence.start > headline_end


def test_a_headline_event_the_story_does_not_tell_stays(nlp) -> None:
    found = coded(nlp, "Kenya police arrest 40 in Nairobi fuel protests\n\nThe finance minister said on Monday that "
                       "the budget would be published in June.")
    assert ("COERCE", "KEN", "KEN") in found


@pytest.mark.parametrize("text", ["Belgium to pull peacekeepers out of Lebanon\n\nThe decision was made on Friday.",
                                  "Germany to send tanks to Ukraine\n\nBerlin had long hesitated."])
def test_a_headline_to_verb_is_future(nlp, text: str) -> None:
    found = [e for e in events(nlp, text) if e.evidence.start < text.index("\n")]
    # an intention: future, or the pledge or threat made now that the coder makes of it ("will send tanks")
    assert found and all(e.future or e.category in ("AGREE", "THREATEN") for e in found)


def test_a_protest_aims_only_at_who_acted_on_its_state_the_sentence_before(nlp) -> None:
    assert ("ACCUSE", "PHL", None) in coded(nlp, "Manila lodged a diplomatic protest.")
    found = coded(nlp, "Chinese ships fired water cannon at a Filipino boat. Police arrested two men in Cebu. Manila "
                       "lodged a diplomatic protest.")
    assert ("ACCUSE", "PHL", "CHN") not in found


def test_an_organisation_recalling_its_own_mission_expels_no_one(nlp) -> None:
    assert not {c for c, _, _ in coded(nlp, "The UN told the mission to leave the town.")} & {"SANCTION"}


SESSION_22_KINDS = [
    ("Kenya arraigned a former minister on fraud charges.", {"ACCUSE"}),
    ("Lithuania sent 50 military instructors to Ukraine.", {"AID"}),
]


@pytest.mark.parametrize(("text", "kinds"), SESSION_22_KINDS, ids=[t[:40] for t, _ in SESSION_22_KINDS])
def test_session_22_kinds(nlp, text: str, kinds: set[str]) -> None:
    assert {c for c, _, _ in coded(nlp, text)} == kinds


def test_a_sum_announced_is_aid_only_when_it_is_aid(nlp) -> None:
    assert not events(nlp, "The company announced $45 million in profits.")


def test_congo_is_the_drc_in_news_since_zaire_took_the_name(nlp) -> None:
    from saywho.model import Article
    from saywho.pipeline import process

    text = "Rebels attacked an army base in eastern Congo."
    for published, code in (("2023-02-01", "COD"), ("1994-02-01", "COG")):
        (article,) = process([Article(id="a", text=text, published=published)], nlp=nlp)
        assert {(e.category, e.source.country) for e in article.events} == {("ASSAULT", code)}, published


SESSION_22_NONE = [  # sport, business, weather, stories, polls and things released: no event (helpers' sentences)
    "Hundreds of people gathered outside the hospital to mourn the victims.",
    "The ministry will respond to questions on Monday.",
    "She called the deal historic.",
    "Canada shot down Sweden 5-2 in the hockey final.",
    "Morocco captured the African title, defeating Senegal on penalties.",
    "Samsung attacked the smartphone market with three new models.",
    "Typhoon Haikui battered southern Taiwan on Sunday.",
    "Avalanches killed four hikers in the Swiss Alps.",
    "The cold snap killed tens of thousands of livestock in Mongolia.",
    "The novel follows a militia fighter who kidnaps a French journalist.",
    "In the play, a Nigerian general jails his closest rival.",
    "The novel's hero, a Polish border guard, refuses orders to push migrants back into Belarus.",
    "In a scenario modelled by the think tank, Chinese missiles destroy US aircraft at Kadena.",
    "Nigeria threatened repeatedly from set pieces against Ghana.",
    "Italian skier Marta Rossi will defend her downhill title next month.",
    "Scientists in Brazil released genetically modified mosquitoes.",
    "Most Brazilians support the government's tax plan, a poll shows.",
    "Ethiopia's athletics federation withdrew two runners from the championships.",
]


@pytest.mark.parametrize("text", SESSION_22_NONE, ids=[t[:40] for t in SESSION_22_NONE])
def test_session_22_no_event(nlp, text: str) -> None:
    assert not events(nlp, text)


@pytest.mark.parametrize("text", ["Should the Philippines expel the Chinese ambassador?",
                                  "Is Brussels ready to fine Beijing's car makers?",
                                  "Any Israeli strike on Iranian nuclear sites would set the programme back by months."])
def test_what_is_asked_or_imagined_is_hypothetical(nlp_default, text: str) -> None:
    found = events(nlp_default, text)
    assert found and all(e.hypothetical for e in found)


def test_session_22_real_events_in_their_own_words(nlp) -> None:
    assert ("ACCUSE", "GBR") in {(c, s) for c, s, _ in coded(
        nlp, "Britain's shadow chancellor fired a broadside at the government's spending plans.")}
    assert {c for c, _, _ in coded(nlp, "Japan sent 1,000 soldiers to help with rescue work after the earthquake.")} == {"AID"}
    assert {c for c, _, _ in coded(nlp, "North Korea fired a ballistic missile into the sea on Sunday.")} == {"MOBILIZE"}
    assert ("COERCE", "BFA", "FRA") in coded(
        nlp, "Burkina Faso's junta suspended the broadcasts of the French radio station RFI.")
    # a book, unlike a play, is where real people make real accusations
    assert {c for c, _, _ in coded(nlp, "In a book published on Monday, the former minister accused Moscow of "
                                        "lying.")} == {"ACCUSE"}


def test_congo_is_the_state_its_places_name(nlp) -> None:
    text = "KINSHASA, March 3 (Reuters) - Congo's government accused Rwanda of backing M23 rebels."
    assert ("ACCUSE", "COD", "RWA") in coded(nlp, text)
    assert ("ACCUSE", "COG", "RWA") in coded(nlp, "Congo's government in Brazzaville accused Rwanda of meddling.")


@pytest.mark.parametrize("text", ["Avalanches killed four hikers in the Swiss Alps.",
                                  "The cold snap killed tens of thousands of livestock in Mongolia.",
                                  "The novel follows a militia fighter who kidnaps a French journalist."])
def test_the_learned_check_adds_no_borrowed_sense(nlp_default, text: str) -> None:
    assert not events(nlp_default, text)


@pytest.mark.parametrize("text", ["Neither India nor Pakistan fired a shot on Sunday.",
                                  "Nobody was arrested after the rally in Tbilisi.",
                                  "Washington refrained from criticising the Indian government."])
def test_a_subject_that_names_no_one_or_a_refrained_act_is_negated(nlp_default, text: str) -> None:
    found = events(nlp_default, text)
    assert found and all(e.negated for e in found)


def test_pledging_never_to_cooperate_refuses(nlp) -> None:
    assert ("REJECT", "DZA", "ISR") in coded(nlp, "Algeria pledged never to normalise ties with Israel.")
    assert {c for c, _, _ in coded(nlp, "Iran agreed not to enrich uranium beyond 3.67 percent.")} == {"AGREE"}


SESSION_22_STATE_MEDIA = [  # helpers' sentences in the styles of Xinhua, TASS, Yonhap, Anadolu, PTI
    ("SEOUL, May 2 (Yonhap) -- North Korea condemned the United States.", ("ACCUSE", "PRK", "USA")),
    ("New Delhi, Feb 6 (PTI) India and Bangladesh agreed to boost trade.", ("AGREE", "IND", "BGD")),
    ("The DPRK sent relief goods to Laos.", ("AID", "PRK", "LAO")),
    ("Turkiye condemned Israel.", ("ACCUSE", "TUR", "ISR")),
    ("The Korean People's Army warned the United States.", ("THREATEN", "PRK", "USA")),
    ("China lodged solemn representations with the United States.", ("ACCUSE", "CHN", "USA")),
    ("Iran and Oman exchanged views on regional developments.", ("CONSULT", "IRN", "OMN")),
    ("South Korea repatriated three North Korean fishermen.", ("RETREAT", "KOR", "PRK")),
    ("China and Russia kicked off a joint exercise on Monday.", ("COOPERATE", "CHN", "RUS")),
]


@pytest.mark.parametrize(("text", "expected"), SESSION_22_STATE_MEDIA, ids=[t[:40] for t, _ in SESSION_22_STATE_MEDIA])
def test_session_22_state_media(nlp, text: str, expected: tuple[str, str | None, str | None]) -> None:
    assert expected in coded(nlp, text)


def test_liberating_and_neutralising_are_force(nlp) -> None:
    assert {c for c, _, _ in coded(nlp, "Russian troops have liberated the settlement of Novoselivka.")} == {"ASSAULT"}
    assert {c for c, _, _ in coded(nlp, "Turkish security forces neutralized five PKK terrorists in northern "
                                        "Iraq.")} == {"ASSAULT"}


def test_set_to_is_future(nlp) -> None:
    found = events(nlp, "Ugandan troops are set to deploy to South Sudan.")
    assert found and all(e.future for e in found)


SESSION_23 = [  # helpers' sentences (session 23 probes), each failing on the session's start build
    ("Israeli strikes on Houthi positions killed nine people.", ("ASSAULT", "ISR", "YEM")),
    ("Russian missile strikes on Kyiv killed three people.", ("ASSAULT", "RUS", "UKR")),
    ("Pakistani airstrikes on Taliban hideouts killed 46 people.", ("ASSAULT", "PAK", "AFG")),
    ("EU foreign ministers met in Brussels on Monday.", ("CONSULT", "IGO", None)),
    ("Turkey scrambled jets over the Aegean.", ("MOBILIZE", "TUR", None)),
    ("Moscow moved Iskander missiles to the border with Finland.", ("MOBILIZE", "RUS", "FIN")),
    ("Ukrainian troops were put on high alert along the Belarusian border.", ("MOBILIZE", "UKR", "BLR")),
    ("The IRGC staged drills near the Strait of Hormuz.", ("MOBILIZE", "IRN", None)),
    ("Qatar began supplying liquefied gas to Germany.", ("COOPERATE", "QAT", "DEU")),
    ("Kazakhstan resumed oil shipments to Germany.", ("COOPERATE", "KAZ", "DEU")),
    ("Russia resumed wheat exports to Egypt.", ("COOPERATE", "RUS", "EGY")),
    ("Turkish rescue teams arrived in Morocco to help search for survivors.", ("AID", "TUR", "MAR")),
    ("Japanese medical teams arrived in Nepal after the earthquake.", ("AID", "JPN", "NPL")),
    ("Iran summoned Denmark's ambassador in Tehran on Saturday.", ("ACCUSE", "IRN", "DNK")),
    ("Romania's foreign ministry summoned Russia's ambassador in Bucharest.", ("ACCUSE", "ROU", "RUS")),
    ("Nepal's Supreme Court ordered the government to release a detained journalist.", ("REQUEST", "NPL", "NPL")),
    ("Niger's junta has ended a defence agreement with the United States.", ("SANCTION", "NER", "USA")),
    ("A former Argentine navy officer was extradited from Spain on Thursday.", ("COOPERATE", "ESP", "ARG")),
    ("\u201cOur air defences shot down two Ukrainian drones,\u201d Russia's defence ministry said.",
     ("ASSAULT", "RUS", "UKR")),
    ("\u201cI call on all parties in Libya to lay down their arms,\u201d the UN secretary-general said.",
     ("REQUEST", "IGO", "LBY")),
    ("\u201cWe will suspend all aid to Niger,\u201d the EU envoy said.", ("THREATEN", "IGO", "NER")),
    ("\u201cWe are cutting all trade with Israel,\u201d Turkey's trade minister said.", ("SANCTION", "TUR", "ISR")),
    ("Thousands protested outside the French embassy in Niamey.", ("PROTEST", "NER", "FRA")),
    ("Crowds protested outside the Israeli embassy in Amman.", ("PROTEST", "JOR", "ISR")),
    ("While the president was at a summit in Addis Ababa, soldiers seized the state broadcaster in Bissau.",
     ("ASSAULT", "GNB", "GNB")),
    ("Thousands of opposition supporters poured into the streets of Dhaka on Sunday.", ("PROTEST", "BGD", "BGD")),
    ("Portugal barred a group of Brazilian activists from entering the country.", ("REJECT", "PRT", "BRA")),
    ("Egypt cancelled a meeting with Israeli officials.", ("REJECT", "EGY", "ISR")),
    ("The Gambia filed a lawsuit against Myanmar.", ("ACCUSE", "GMB", "MMR")),
    ("Azerbaijan called up reservists.", ("MOBILIZE", "AZE", None)),
    ("Greece put its navy on standby.", ("MOBILIZE", "GRC", None)),
    ("JOHANNESBURG - The Hawks arrested a former municipal manager for tender fraud.", ("COERCE", "ZAF", "ZAF")),
    ("ABUJA - The Peoples Democratic Party has lambasted the Federal Government over the electricity tariff hike.",
     ("ACCUSE", "NGA", "NGA")),
    ("ISLAMABAD - The Foreign Office rejected Indian allegations as baseless.", ("REJECT", "PAK", "IND")),
    ("Farmers protested outside the European Parliament in Strasbourg.", ("PROTEST", "FRA", "IGO")),
]


@pytest.mark.parametrize(("text", "expected"), SESSION_23, ids=[t[:40] for t, _ in SESSION_23])
def test_session_23_written_sentences(nlp, text: str, expected: tuple[str, str | None, str | None]) -> None:
    assert expected in coded(nlp, text)


SESSION_24 = [  # helpers' sentences (session 24 probes), each failing on the session's start build
    ("South Koreans protested in front of the Japanese embassy.", ("PROTEST", "KOR", "JPN")),
    ("Moroccans gathered in front of the Algerian consulate in Oujda.", ("PROTEST", "MAR", "DZA")),
    ("Hundreds of Iranians burned American flags in Tehran.", ("PROTEST", "IRN", "USA")),
    ("Activists in Kyiv burned an effigy of Vladimir Putin.", ("PROTEST", "UKR", "RUS")),
    ("Young people in Nairobi burned tyres in protest against police brutality.", ("PROTEST", "KEN", "KEN")),
    ("Hundreds of people held a candlelight vigil in Taipei.", ("PROTEST", "TWN", "TWN")),
    ("Miners in Chile downed tools over safety concerns.", ("PROTEST", "CHL", "CHL")),
    ("Protesters in Bangkok threw paint at the police headquarters.", ("PROTEST", "THA", "THA")),
    ("A jailed Bahraini activist has been on hunger strike for three weeks.", ("PROTEST", "BHR", "BHR")),
    ("Riots broke out in Lyon on Tuesday.", ("PROTEST", "FRA", "FRA")),
    ("Protests erupted across Kenya after the vote.", ("PROTEST", "KEN", "KEN")),
    ("A strike by Belgian port workers entered its third day on Monday.", ("PROTEST", "BEL", "BEL")),
    ("Police in Paris evicted climate activists from the Sorbonne.", ("COERCE", "FRA", "FRA")),
    ("Moroccan police broke up a sit-in in Rabat.", ("COERCE", "MAR", "MAR")),
    ("Police in Chittagong charged at protesters with batons.", ("ASSAULT", "BGD", "BGD")),
    ("Italy dispatched two firefighting aircraft to Greece.", ("AID", "ITA", "GRC")),
    ("Canada sent water purification units to Haiti.", ("AID", "CAN", "HTI")),
    ("A Turkish aid ship carrying 500 tonnes of flour arrived in Sudan.", ("AID", "TUR", "SDN")),
    ("Norway gave $5 million to Somalia.", ("AID", "NOR", "SOM")),
    ("Jordan opened a field hospital in Gaza.", ("AID", "JOR", "PSE")),
    ("The IMF extended a $3 billion credit line to Kenya.", ("AID", "IGO", "KEN")),
    ("Oxfam distributed hygiene kits to families in Pakistan.", ("AID", "NGO", "PAK")),
    ("Washington pledged $400 million in military aid for Taiwan.", ("AGREE", "USA", "TWN")),
    ("Jordan received $1 billion in aid from Saudi Arabia.", ("AID", "SAU", "JOR")),
    ("Ukraine received the bodies of 500 soldiers from Russia.", ("RETREAT", "RUS", "UKR")),
    ("Venezuela let go of two American citizens.", ("RETREAT", "VEN", "USA")),
    ("Azerbaijan handed over 32 Armenian detainees to Armenia.", ("RETREAT", "AZE", "ARM")),
    ("North Korea repatriated the remains of 30 US servicemen.", ("RETREAT", "PRK", "USA")),
    ("Israel let 80 aid trucks into Gaza.", ("RETREAT", "ISR", "PSE")),
    ("The Nepali prime minister tendered his resignation on Friday.", ("RETREAT", "NPL", None)),
    ("Beijing said it would take countermeasures against Lithuania.", ("THREATEN", "CHN", "LTU")),
    ("The Houthis said they would target American ships.", ("THREATEN", "YEM", "USA")),
    ("Israeli jets targeted Hamas positions in Gaza.", ("ASSAULT", "ISR", "PSE")),
    ("\u201cWe will strike the camps,\u201d Nigeria's president said.", ("THREATEN", "NGA", None)),
    ("Three soldiers were killed in an ambush in Niger, the army said.", ("ASSAULT", "NER", "NER")),
    ("Chinese President Xi Jinping sent his congratulations to Mexico's president-elect Claudia Sheinbaum.",
     ("SUPPORT", "CHN", "MEX")),
    ("The UN Secretary-General extended his condolences to the government of Vanuatu.", ("SUPPORT", "IGO", "VUT")),
    ("The Indian prime minister offered condolences to Nepal after the landslide.", ("SUPPORT", "IND", "NPL")),
    ("The Bolivian government declared its solidarity with Cuba.", ("SUPPORT", "BOL", "CUB")),
    ("Uruguay's president-elect received congratulations from Brazil's president.", ("SUPPORT", "BRA", "URY")),
    ("Chilean President Gabriel Boric toured Canberra on Wednesday.", ("CONSULT", "CHL", "AUS")),
    ("Hungarian Prime Minister Viktor Orban went to Moscow and sat down with Russian President Vladimir Putin.",
     ("CONSULT", "HUN", "RUS")),
    ("Macron's trip to Rabat was the first by a French president since 2018.", ("CONSULT", "FRA", "MAR")),
    ("Britain's ambassador to Nigeria called on the Emir of Kano on Thursday.", ("CONSULT", "GBR", None)),
    ("Bolivia pulled its ambassador out of Chile.", ("SANCTION", "BOL", "CHL")),
    ("Three Georgian ministers quit the cabinet on Monday.", ("RETREAT", "GEO", None)),
]


@pytest.mark.parametrize(("text", "expected"), SESSION_24, ids=[t[:40] for t, _ in SESSION_24])
def test_session_24_written_sentences(nlp, text: str, expected: tuple[str, str | None, str | None]) -> None:
    assert expected in coded(nlp, text)


def test_a_diplomatic_protest_by_a_state_stays_an_accusation(nlp) -> None:
    # a state protests in words (ACCUSE); its people protest in the streets (PROTEST)
    assert ("ACCUSE", "KOR", "JPN") in coded(nlp, "South Korea protested to Japan over the textbooks.")
    assert not any(c == "PROTEST" for c, _, _ in coded(nlp, "South Korea protested to Japan over the textbooks."))


@pytest.mark.parametrize("text", ["The Met Office warned of heavy snow across northern England.",
                                  "The International Monetary Fund warned that global growth would slow next year.",
                                  "Doctors in Lagos warned that the heatwave posed a serious risk to the elderly.",
                                  "Glaciers in the Swiss Alps retreated by 60 metres last year.",
                                  "Tokyo stocks retreated on Tuesday.",
                                  "Third-quarter sales met expectations, Samsung Electronics said."])
def test_forecasts_and_markets_are_no_events(nlp_default, text: str) -> None:
    # not by the rules, and not by the learned check either
    assert not events(nlp_default, text)


def test_air_strikes_paralysing_a_port_are_no_walkout(nlp) -> None:
    assert not any(c == "PROTEST" for c, _, _ in coded(nlp, "Air strikes paralysed the port of Hodeidah on Monday."))


@pytest.mark.parametrize("text", ["\u201cWe will not negotiate with the ELN,\u201d Colombia's interior minister said.",
                                  "Mexico's president said Mexico would not allow U.S. troops on its soil."])
def test_a_refusal_stated_is_made_now(nlp, text: str) -> None:
    found = [e for e in events(nlp, text) if e.category == "REJECT"]
    assert found and not any(e.future or e.negated for e in found)


def test_a_court_order_asks_and_the_ordered_act_is_not_done(nlp) -> None:
    assert {c for c, _, _ in coded(nlp, "Pakistan's Supreme Court ordered the government to restore internet "
                                        "access.")} == {"REQUEST"}


@pytest.mark.parametrize(("text", "kinds"), [
    ("A decade after Boko Haram abducted 276 schoolgirls in Chibok, Nigerian soldiers rescued one of them on "
     "Wednesday.", {"AID"}),
    ("Turkey has blocked Sweden's bid since Stockholm expelled two Turkish diplomats in 2019.", {"REJECT"}),
    ("The Strait of Hormuz has been a flashpoint since Iran seized a British tanker there in 2019.", {"COERCE"}),
])
def test_a_past_act_beside_the_news_is_background(nlp_default, text: str, kinds: set[str]) -> None:
    assert {c for c, _, _ in coded(nlp_default, text)} == kinds


def test_one_countrys_drills_are_mobilising_whatever_the_check_says(nlp_default) -> None:
    assert ("MOBILIZE", "CHN", "TWN") in coded(nlp_default, "China began live-fire drills around Taiwan.")
    assert ("MOBILIZE", "KOR", None) in coded(nlp_default, "South Korea held a military exercise near the border.")


def test_an_act_decided_is_done_and_not_going_to_negates(nlp) -> None:
    found = events(nlp, "\u201cWe have decided to expel the Russian ambassador,\u201d the Czech foreign minister said.")
    assert [(e.category, e.future) for e in found] == [("SANCTION", False)]
    found = events(nlp, "\u201cWe are not going to negotiate with the ELN,\u201d Colombia's interior minister said.")
    assert found and all(e.negated for e in found if e.category == "CONSULT")


SESSION_25 = [  # helpers' sentences (session 25 probes), each failing on the session's start build
    ("Beijing retaliated with 34 percent tariffs on all U.S. imports.", ("SANCTION", "CHN", "USA")),
    ("The European Union retaliated against Washington with levies on American whiskey and motorcycles.",
     ("SANCTION", "IGO", "USA")),
    ("Peruvian prosecutors filed corruption charges against former president Pedro Castillo.", ("ACCUSE", "PER", "PER")),
    ("Malaysian prosecutors brought fresh charges against former prime minister Najib Razak.",
     ("ACCUSE", "MYS", "MYS")),
    ("Brazil's attorney general said that his office had opened an investigation into Jair Bolsonaro.",
     ("ACCUSE", "BRA", "BRA")),
    ("Russian missiles hit Dnipro on Tuesday.", ("ASSAULT", "RUS", "UKR")),
    ("The Israeli army said its jets had struck Hezbollah positions in southern Lebanon.", ("ASSAULT", "ISR", "LBN")),
    # praise or blame of an act goes to whose act it is
    ("Chile praised Norway's mediation between Israel and Hamas.", ("SUPPORT", "CHL", "NOR")),
    ("Poland denounced Russia's missile strike on a hospital in Kyiv.", ("ACCUSE", "POL", "RUS")),
    ("\u201cWe welcome Qatar's mediation between Israel and Hamas,\u201d the European Union said.",
     ("SUPPORT", "IGO", "QAT")),
    ("Australia filed a complaint with the World Trade Organization against China's tariffs on barley.",
     ("ACCUSE", "AUS", "CHN")),
    # money a lender stops or resumes paying out
    ("The World Bank said it was pausing new lending to Uganda.", ("SANCTION", "IGO", "UGA")),
    ("The World Bank stopped funding the dam in Ethiopia.", ("SANCTION", "IGO", "ETH")),
    ("Norway withdrew its funding for a Palestinian Authority programme.", ("SANCTION", "NOR", "PSE")),
    ("The Netherlands resumed aid to UNRWA on Friday.", ("AID", "NLD", "IGO")),
    ("Australia restored funding to the UN agency on Tuesday.", ("AID", "AUS", "IGO")),
    # police of no named country arresting someone are that person's country's
    ("Police arrested Ugandan opposition leader Kizza Besigye on Tuesday.", ("COERCE", "UGA", "UGA")),
    ("Police detained Istanbul Mayor Ekrem Imamoglu on Wednesday.", ("COERCE", "TUR", "TUR")),
]


@pytest.mark.parametrize(("text", "expected"), SESSION_25, ids=[t[:40] for t, _ in SESSION_25])
def test_session_25_written_sentences(nlp, text: str, expected: tuple[str, str | None, str | None]) -> None:
    assert expected in coded(nlp, text)


def test_a_court_blocking_the_governments_plan_is_aimed_at_the_government(nlp_default) -> None:
    # not at the place the plan would send police to
    assert ("REJECT", "KEN", "KEN") in coded(nlp_default, "Kenya's High Court blocked the government's plan to deploy "
                                                         "police officers to Haiti on Friday.")


@pytest.mark.parametrize("text", [
    "The WHO warned that cholera cases in Yemen were rising sharply.",
    "Amazon fired 200 workers at its Seattle headquarters.",
    "Microsoft beat analyst estimates for the quarter.",
    "Google killed its Stadia gaming service.",
    "Microsoft president Brad Smith declined to comment.",
    "The Kremlin declined to comment on the report.",
    "Rubio struck a more cautious tone on Tuesday.",
])
def test_business_idioms_alarms_and_no_comment_are_no_events(nlp_default, text: str) -> None:
    # CAMEO 011 (declining comment) has no PLOVER category; a count of cases rising is a forecast
    assert not events(nlp_default, text)


@pytest.mark.parametrize("text", ["Ghana signed the regional free trade agreement at a summit in Abuja on Monday.",
                                  "Sudan agreed to a ceasefire at talks in Nairobi on Wednesday.",
                                  "Colombia's rebels agreed to a truce during negotiations in Havana."])
def test_the_place_of_a_summit_or_talks_is_no_party(nlp, text: str) -> None:
    found = events(nlp, text)
    assert found and all(e.target is None for e in found)


def test_a_party_named_beside_the_venue_stays_the_target(nlp_default) -> None:
    assert ("AGREE", "SDN", "KEN") in coded(nlp_default, "Sudan agreed with Kenya on a border deal at talks in "
                                                         "Nairobi.")


def test_no_group_is_no_one(nlp_default) -> None:
    assert not events(nlp_default, "No militant group has claimed responsibility for the attack in Peshawar.")


def test_the_police_not_the_arrested_man_arrest(nlp_default) -> None:
    found = events(nlp_default, "Police arrested Ugandan opposition leader Kizza Besigye on Tuesday.")
    assert [(e.source.sector, e.target.name) for e in found] == [("COP", "Kizza Besigye")]


def test_the_victims_of_an_attack_named_as_subject_are_where_it_struck(nlp_default) -> None:
    assert ("ASSAULT", "RUS", "UKR") in coded(nlp_default, "Russia's attack on Odesa killed four people.")


def test_police_in_an_english_city_are_british(nlp_default) -> None:
    found = events(nlp_default, "Police in Manchester arrested a man after a stabbing on Saturday.")
    assert [(e.category, e.source.country) for e in found] == [("COERCE", "GBR")]


def test_seizing_a_ship_is_confiscation_not_taking_ground(nlp_default) -> None:
    text = "Iran's Revolutionary Guards seized a Portuguese-flagged container ship in the Strait of Hormuz."
    assert ("COERCE", "IRN", "PRT") in coded(nlp_default, text)
    assert {c for c, _, _ in coded(nlp_default, "Rebel forces seized the town of Kidal in northern Mali.")} <= {"ASSAULT"}


@pytest.mark.parametrize("text, source", [
    # a word of a country's name of several words is that country: "Guinea" in "Papua New Guinea" is no Guinea
    ("Papua New Guinea's Chief Ombudsman demanded that three cabinet ministers resign.", "PNG"),
    ("The Papua New Guinea Defence Force deployed 300 soldiers to Mount Hagen.", "PNG"),
    ("The Sri Lanka Navy arrested 12 Indian fishermen.", "LKA"),
])
def test_a_country_named_in_several_words(nlp_default, text, source) -> None:
    assert {s for _, s, _ in coded(nlp_default, text)} == {source}


@pytest.mark.parametrize("text, source", [
    # "Bosnian Serb forces": a state's word before a people's name is where they live, as PETRARCH reads it
    ("Bosnian Serb forces shelled Sarajevo on Monday.", "BIH"),
    ("Croatian Serb rebels attacked Croatian police in Knin.", "HRV"),
    ("Kosovo Serb leaders travelled to Moscow for talks with Russian officials.", "XKX"),
    ("Serb forces shelled Sarajevo.", "SRB"),
])
def test_a_people_named_with_the_state_they_live_in(nlp_default, text, source) -> None:
    assert {s for _, s, _ in coded(nlp_default, text)} == {source}


@pytest.mark.parametrize("text, expected", [
    # session 28: a place the parser tagged as a work of art, or a division named by its capital city
    ("Police shot a student during a traffic stop in Nanterre on Tuesday.", ("ASSAULT", "FRA")),
    ("Police killed 12 suspected drug dealers in Bulacan province on Tuesday.", ("ASSAULT", "PHL")),
])
def test_an_unnamed_force_is_placed_where_it_acted(nlp_default, text, expected) -> None:
    assert expected in {(c, s) for c, s, _ in coded(nlp_default, text)}


@pytest.mark.parametrize("text, expected", [
    ("A firefight between Colombian soldiers and ELN guerrillas near Cucuta left four dead.", ("ASSAULT", "COL")),
    ("A Peruvian gunboat sank an Ecuadorian fishing trawler off Tumbes.", ("ASSAULT", "PER")),
    ("Youths firebombed a police station in Lyon on Saturday night.", ("ASSAULT", "FRA")),
    ("Turkish troops traded fire with Syrian government forces near Idlib.", ("ASSAULT", "TUR")),
    ("An ultimatum from Ghanaian traders to the government to cut fuel prices expired on Friday.", ("THREATEN", "GHA")),
    ("Washington's new tariffs on Mexican steel took effect on Monday.", ("SANCTION", "USA")),
])
def test_fights_sinkings_ultimatums_and_measures_taking_effect(nlp_default, text, expected) -> None:
    assert expected in {(c, s) for c, s, _ in coded(nlp_default, text)}


@pytest.mark.parametrize("text", [
    "The opposition sank the bill in parliament on Tuesday.",
    "The EU's sanctions on Belarus have hurt Lithuanian hauliers.",
    "Suppliers had warned of further price rises, Reuters reported.",
    "The chief executive told Reuters that suppliers had warned of further price rises.",
])
def test_no_act_in_a_sunk_bill_sanctions_in_place_or_a_news_agency(nlp_default, text) -> None:
    assert {c for c, _, _ in coded(nlp_default, text)} & {"ASSAULT", "SANCTION", "THREATEN"} == set()


@pytest.mark.parametrize("text, expected", [
    # session 28's helpers: a court named by its initials orders as one named in full does
    ("The ICJ ordered Israel to allow aid into Gaza.", ("REQUEST", "IGO", "ISR")),
    ("The ECHR ordered Turkey to release the journalist.", ("REQUEST", "IGO", "TUR")),
])
def test_a_court_named_by_its_initials_demands(nlp_default, text, expected) -> None:
    assert expected in coded(nlp_default, text)


@pytest.mark.parametrize("text, expected", [
    # session 28's helpers: a reaction to an act the story told before is aimed at whoever did it
    ("An Iranian court sentenced a French engineer to six years in prison on Tuesday. France condemned the sentence.",
     ("ACCUSE", "FRA", "IRN")),
    ("Belarus detained three Lithuanian truck drivers on Monday. Lithuania protested against the detention.",
     ("ACCUSE", "LTU", "BLR")),
])
def test_a_reaction_to_an_act_told_before_is_aimed_at_its_doer(nlp_default, text, expected) -> None:
    assert expected in coded(nlp_default, text)


def test_a_reaction_to_its_own_states_act_is_not_redirected(nlp_default) -> None:
    text = "Belarus detained three Lithuanian truck drivers on Monday. Poland welcomed Lithuania's restraint."
    assert ("SUPPORT", "POL", "BLR") not in coded(nlp_default, text)


@pytest.mark.parametrize("text, expected", [
    # session 28's helpers: sports bodies are NGOs, not the state of the athlete they punish
    ("The World Anti-Doping Agency banned Kenyan runner Peter Kiprono for four years.", "NGO"),
    ("UEFA suspended Russia's football union on Monday.", "NGO"),
])
def test_a_sports_body_is_no_state(nlp_default, text, expected) -> None:
    assert {s for _, s, _ in coded(nlp_default, text)} == {expected}


@pytest.mark.parametrize("text, expected", [
    # what states did together is aimed at its object, not at one another
    ("Chile and Uruguay backed Bolivia's bid for access to the sea on Tuesday.", ("SUPPORT", "CHL", "BOL")),
    ("Jordan and Britain have agreed to undertake joint military exercises this month.", ("AGREE", "JOR", "GBR")),
    # session 28's helpers: a congratulatory message sent is support (CAMEO 051)
    ("Xi Jinping sent a congratulatory letter to Indonesian President-elect Prabowo Subianto on Friday.",
     ("SUPPORT", "CHN", "IDN")),
])
def test_joint_acts_and_congratulations(nlp_default, text, expected) -> None:
    assert expected in coded(nlp_default, text)


@pytest.mark.parametrize("text, category", [
    # session 28's helpers: what a question asks about, and an agreement that failed, did not happen
    ("Asked whether Washington would send troops to Poland, the minister said no decision had been made.", "MOBILIZE"),
    ("Reporters asked whether Russia would attack Ukraine.", "ASSAULT"),
    ("The U.N. Security Council failed to agree on a statement condemning the executions.", "AGREE"),
])
def test_acts_asked_about_or_failed_are_hypothetical(nlp_default, text, category) -> None:
    found = [e for e in events(nlp_default, text) if e.category == category]
    assert found and all(e.hypothetical for e in found)


@pytest.mark.parametrize("text, expected", [
    # session 29: a place the tagger took for a person, where a preposition of place says it is one
    ("Police clashed with hundreds of youths in Clichy-sous-Bois on Saturday.", ("ASSAULT", "FRA", "FRA")),
    # police and military words the sector tables lacked
    ("Gendarmes arrested a union leader in Papeete.", ("COERCE", "PYF", "PYF")),
    ("Paramilitaries killed five villagers in Colombia.", ("ASSAULT", "COL", "COL")),
    ("Mobs set fire to 20 churches in Jaranwala, Pakistan.", ("COERCE", "PAK", "PAK")),
    # inquiries ordered, begun, authorised or taken over are investigations (CAMEO 09), not the act looked into
    ("Kenya ordered a probe into the killing of protesters by police.", ("ACCUSE", "KEN", "KEN")),
    ("German federal prosecutors took over the investigation into the killing of a Georgian Chechen in Berlin.",
     ("ACCUSE", "DEU", "DEU")),
    ("Judges at the International Criminal Court authorised a full investigation on Wednesday into killings "
     "committed during Duterte's drug war.", ("ACCUSE", "IGO", "PHL")),
    # a quoted label of criticism is an accusation (CAMEO 111)
    ('Turkish President Tayyip Erdogan called Netanyahu "the butcher of Gaza."', ("ACCUSE", "TUR", "ISR")),
    ('Hamas described the Israeli proposal as "a trap."', ("ACCUSE", "PSE", "ISR")),
    # insults and lawsuits (CAMEO 111, 115)
    ("Argentine President Javier Milei insulted the Spanish government on Sunday.", ("ACCUSE", "ARG", "ESP")),
    ("The European Commission took Hungary to the European Court of Justice on Monday.", ("ACCUSE", "IGO", "HUN")),
    ("Brussels has launched legal proceedings against Hungary over a law.", ("ACCUSE", "IGO", "HUN")),
    # high commissioners are the envoys Commonwealth states exchange
    ("India summoned Bangladesh's acting high commissioner on Monday.", ("ACCUSE", "IND", "BGD")),
    # listed for sanctions (CAMEO 163)
    ("The Commerce Department added 140 Chinese companies to its entity list.", ("SANCTION", "USA", "CHN")),
    ("The EU added five Russian officials to its blacklist.", ("SANCTION", "IGO", "RUS")),
    # what is rejected is aimed at whoever put it forward
    ("The White House on Monday ruled out a Russian offer of a mutual moratorium on deploying missiles in Europe.",
     ("REJECT", "USA", "RUS")),
    ("Addis Ababa spurned demands from Cairo for international mediation by the United States and the European "
     "Union.", ("REJECT", "ETH", "EGY")),
    # prosecutors of no named country charging someone are that person's country's
    ("Prosecutors indicted Yoon Suk Yeol on charges of leading an insurrection.", ("ACCUSE", "KOR", "KOR")),
    # the grounds of an arrest are no one it is aimed at
    ("Taiwan arrested a retired army colonel for spying for China.", ("COERCE", "TWN", "TWN")),
    # hackers breaking into networks
    ("Chinese hackers breached the networks of nine American telecom companies.", ("COERCE", "CHN", "USA")),
    # a protest over an attack is aimed at the attacker, or else at whom it is lodged with, not at the victims
    ("Vietnam lodged a protest with China over an attack on Vietnamese fishermen.", ("ACCUSE", "VNM", "CHN")),
    ("Iran complained to the UN over Israeli air raids.", ("ACCUSE", "IRN", "ISR")),
    # Jewish communities abroad are of where they live
    ("Jewish groups in Germany demanded police protection for synagogues.", ("REQUEST", "DEU", "DEU")),
])
def test_places_sectors_inquiries_and_labels(nlp_default, text, expected) -> None:
    assert expected in coded(nlp_default, text)


@pytest.mark.parametrize("text, wrong", [
    # what is demanded is not done: the demand is the event
    ("Protesters demanded that Israel withdraw from Gaza.", "RETREAT"),
    ("Families of hostages demanded that Prime Minister Benjamin Netanyahu accept the deal.", "AGREE"),
    # talking to the press is no meeting
    ("Reuters spoke with Ukrainian Foreign Minister Andrii Sybiha in Kyiv on Tuesday.", "CONSULT"),
    ("Kenyan Health Minister Grace Wanjiru spoke to the AP.", "CONSULT"),
    # a state's air strike called a massacre is no walkout
    ('Jordan\'s foreign minister called the Israeli strike "a massacre."', "PROTEST"),
    # fires fought and vehicles in accidents attack no one
    ("Firefighters battled the blaze at a furniture warehouse in Lyon for more than six hours.", "ASSAULT"),
    ("A man was killed when a delivery van struck him on a pedestrian crossing in Rotterdam.", "ASSAULT"),
    # a plea in court asks no one for anything
    ("A former Navy sailor pleaded guilty to passing secrets to Chinese intelligence.", "REQUEST"),
])
def test_demanded_acts_interviews_and_strikes_are_not_coded(nlp_default, text, wrong) -> None:
    assert wrong not in {c for c, _, _ in coded(nlp_default, text)}



def test_a_fine_is_a_sanction(nlp_default) -> None:
    # session 30: fines are penalties (SANCTION), as the records' guide labels them
    assert ("SANCTION", "EGY", "EGY") in coded(nlp_default, "A Cairo court fined the newspaper for defamation.")
    assert ("SANCTION", "NGO", "IRN") in coded(nlp_default, "The Asian Football Confederation fined Iran's "
                                                            "football federation.")


def test_an_answer_is_aimed_at_who_did_something_to_the_state_just_before(nlp_default) -> None:
    # session 30's helpers: a state's answer whose target the sentence does not name
    assert ("REJECT", "MMR", "IGO") in coded(nlp_default, "The International Criminal Court issued an arrest warrant "
                                                          "for Myanmar's army chief. Myanmar's junta rejected the warrant.")
    assert ("REQUEST", "FRA", "IRN") in coded(nlp_default, "An Iranian court sentenced a French academic to five years "
                                                           "in prison. France demanded her immediate release.")


def test_the_one_who_feels_is_the_source_of_a_feeling_verb(nlp_default) -> None:
    assert ("ACCUSE", "IGO", "TUN") in coded(nlp_default, 'The U.N. human rights office said it was "deeply troubled" '
                                                          "by the mass trial in Tunisia.")


def test_a_surname_the_article_gives_another_given_name_is_not_the_famous_one(nlp) -> None:
    found = events(nlp, "Striker Carlos Maduro said the referee was biased. Maduro added that he would complain "
                        "to CONMEBOL.")
    assert found and all(e.source is None or "Nicolas" not in e.source.name for e in found)
    found = events(nlp, "Venezuelan President Nicolás Maduro accused Washington. Maduro also condemned Colombia.")
    assert [e.source.name for e in found] == ["Nicolas Maduro", "Nicolas Maduro"]


def test_words_of_a_contest_are_no_violence(nlp_default) -> None:
    # session 30's helpers: figures of speech from campaigns
    for text in ("Labour candidate Tom Ashworth shot back that the Conservatives had no plan at all.",
                 "Brazil's president-elect fought off a challenge from the incumbent in a tight run-off.",
                 "Venezuela's opposition said the government had kidnapped the election."):
        assert not any(e.category == "ASSAULT" for e in events(nlp_default, text)), text
    assert any(e.category == "ASSAULT" for e in events(nlp_default, "Syrian rebels fired back at government soldiers "
                                                                    "near Idlib."))


def test_a_vote_called_unfree_or_a_farce_is_condemned(nlp_default) -> None:
    assert ("ACCUSE", "GBR", "BLR") in coded(nlp_default, 'Britain called the Belarusian vote "neither free nor fair."')
    assert ("ACCUSE", "DEU", "BLR") in coded(nlp_default, "Germany branded the Belarusian election a farce.")


def test_a_legal_challenge_is_lodged(nlp_default) -> None:
    assert ("ACCUSE", "ZWE", "ZWE") in coded(nlp_default, "The Zimbabwean opposition lodged a legal challenge to the "
                                                          "results.")


def test_the_subject_of_a_clause_on_a_noun_is_not_that_noun(nlp_default) -> None:
    found = coded(nlp_default, "Russia criticised the European Union, which it accused of meddling in the vote.")
    assert found and all(source == "RUS" for _, source, _ in found)


def test_medical_goods_sent_are_aid(nlp_default) -> None:
    assert ("AID", "GBR", "IND") in coded(nlp_default, "Britain sent ventilators to India.")


def test_trade_restricted_is_a_sanction_and_a_forecast_no_threat(nlp_default) -> None:
    assert ("SANCTION", "CHN", "USA") in coded(nlp_default, "China restricted exports of gallium to the United States.")
    assert not events(nlp_default, "The IOM warned that more migrants could drown in the Mediterranean.")
    assert ("THREATEN", "IRN") in {(c, s) for c, s, _ in coded(nlp_default, "Iran warned that it would retaliate "
                                                                            "against any attack.")}


def test_an_attack_reported_as_retaliation_is_the_attack(nlp_default) -> None:
    # session 30's helpers: "in retaliation for" a past act is no threat
    assert ("ASSAULT", "IRN", "ISR") in coded(nlp_default, "Iran said it launched missiles at Israel in retaliation "
                                                           "for the killing of Hassan Nasrallah.")


def test_people_pushed_back_and_people_going_home(nlp_default) -> None:
    assert ("COERCE", "GRC", "TUR") in coded(nlp_default, "Greece pushed back 200 migrants to Turkey on Monday.")
    assert not events(nlp_default, "Thousands of Syrians returned from Turkey on Tuesday.")
    assert any(e.category == "RETREAT" for e in events(nlp_default, "Russian troops returned to their bases."))


def test_what_another_said_dismissed_and_the_north_in_a_korean_story(nlp_default) -> None:
    assert ("REJECT", "IRN", "IGO") in coded(nlp_default, "The IAEA said Iran had expanded its stockpile. Iranian "
                                                          "Foreign Minister Abbas Araghchi dismissed the report.")
    assert ("REQUEST", "KOR", "PRK") in coded(nlp_default, "South Korea urged the North to return to dialogue.")
    assert not any("PRK" in (s, t) for _, s, t in coded(nlp_default, "The South won the civil war in 1865."))


def test_press_told_is_no_target_and_a_dateline_places_no_quoted_person(nlp_default) -> None:
    found = events(nlp_default, "Saudi Arabia blocked the proposal, two delegates told AFP.")
    assert found and all(e.target is None or e.target.sector != "MED" for e in found)
    assert ("COERCE", "RUS", "GBR") in coded(nlp_default, "Russia banned the BBC on Friday.")
    found = events(nlp_default, "CAIRO (Reuters) - Philippe Lazzarini appealed to Israel to open more crossings.")
    assert found and all(e.source is None or e.source.country != "EGY" for e in found)


def test_what_must_be_done_by_no_one_named_is_no_demand(nlp_default) -> None:
    assert not events(nlp_default, '"Refugees must be protected," Greek Migration Minister Nikos Dimatos said.')
    assert ("REQUEST", "FRA", "IRQ") in coded(nlp_default, "Chirac reminded Iraq that it must cooperate.")


def test_a_decision_condemned_by_another_is_aimed_at_its_maker(nlp_default) -> None:
    assert ("ACCUSE", "CHN", "JPN") in coded(nlp_default, "Japan released the water into the sea, a decision "
                                                          "condemned by China.")


def test_lifted_suspensions_the_bloc_named_before_and_more_bodies(nlp_default) -> None:
    # session 30's helpers
    assert ("CONCEDE", "IGO", "GAB") in coded(nlp_default, "The African Union lifted the suspension of Gabon.")
    assert ("ACCUSE", "NER", "IGO") in coded(nlp_default, "Niger left ECOWAS on Sunday and accused the bloc of "
                                                          "betraying its ideals.")
    assert ("ACCUSE", "CHN", "IGO") in coded(nlp_default, "The EU imposed new tariffs. China condemned the bloc.")
    assert ("SANCTION", "IGO", "HUN") in coded(nlp_default, "The European Court of Justice fined Hungary.")


def test_a_struck_place_is_where_geonames_has_it(nlp_default) -> None:
    assert ("ASSAULT", "RUS", "UKR") in coded(nlp_default, "Russian artillery shelled Kherson.")
    assert ("ASSAULT", "UKR", "RUS") in coded(nlp_default, "Ukrainian drones struck Bryansk.")


def test_a_persons_given_name_and_america_of_a_continent_are_no_states(nlp_default) -> None:
    # session 31's helpers: "Sofia", "Georgia", "Chad" open people's names; "Latin American" is no US word
    found = coded(nlp_default, "Health Minister Sofia Andersson accused the union of blackmail.")
    assert not any("BGR" in (s, t) for _, s, t in found)
    assert not any("GEO" in (s, t) for _, s, t in coded(nlp_default, "Mayor Georgia Whitfield accused the governor "
                                                                     "of lying."))
    assert ("ASSAULT", "LKA") in {(c, s) for c, s, _ in coded(nlp_default, "Sri Lankan troops pounded Tamil Tiger "
                                                                          "positions near Puthukkudiyiruppu.")}
    assert not any("USA" in (s, t) for _, s, t in coded(nlp_default, "Venezuela expelled diplomats from several "
                                                                     "Latin American countries."))


def test_forces_blocking_a_vessel_coerce_and_a_pair_of_peoples_face_each_other(nlp_default) -> None:
    (event,) = events(nlp_default, "Chinese coast guard ships blocked a Philippine resupply mission on Sunday.")
    assert (event.category, event.cameo_code, event.target.country) == ("COERCE", "191", "PHL")
    assert ("PROTEST", "GRC") in {(c, s) for c, s, _ in coded(nlp_default, "Farmers blocked roads in Athens.")}
    assert ("ASSAULT", "THA", "KHM") in coded(nlp_default, "Thai and Cambodian troops clashed on Wednesday.")


def test_retaliating_by_an_act_is_that_act_and_craft_handed_over_are_aid(nlp_default) -> None:
    assert coded(nlp_default, "Pakistan retaliated by expelling an Indian diplomat.") == {("SANCTION", "PAK", "IND")}
    assert ("AID", "JPN", "PHL") in coded(nlp_default, "Japan provided the Philippines with five patrol vessels.")
    assert ("AID", "JPN", "PHL") in coded(nlp_default, "Japan handed over five coast guard vessels to the Philippines.")


def test_sport_verbs_in_a_match_and_insults_by_label(nlp_default) -> None:
    assert not events(nlp_default, "Spain's Carlos Ruiz fought back to beat Russia's Andrei Volkov in the "
                                   "quarter-final.")
    assert not events(nlp_default, "The Scottish golfer Ian Reid hit a hole-in-one at the 17th on Sunday.")
    assert ("ACCUSE", "DEU", "DEU") in coded(nlp_default, 'German Social Democrat leader Lars Klingbeil called '
                                                          'Chancellor Friedrich Merz "a coward".')


def test_an_accusation_a_charge_the_accused_denies_and_warships_by_prefix(nlp_default) -> None:
    found = coded(nlp_default, "The Congolese government accused Rwanda of backing the rebels, a charge Kigali has "
                               "repeatedly denied.")
    assert ("ACCUSE", "COD", "RWA") in found and ("REJECT", "RWA", "COD") in found
    assert ("ASSAULT", "YEM", "USA") in coded(nlp_default, "The Houthis fired a missile at the USS Carney.")
    assert not any("CAN" in (s, t) for _, s, t in coded(nlp_default, "The USS Carney shot down three drones over the "
                                                                     "Red Sea."))


def test_who_reports_an_act_is_not_its_target_and_congo_beside_rwanda(nlp_default) -> None:
    found = events(nlp_default, "Russia pledged to send more military instructors to Mali, Deputy Defence Minister "
                                "Yunus-Bek Yevkurov said in Bamako.")
    assert found and all(e.target is None or e.target.name != "Yunus-Bek Yevkurov" for e in found)
    found = events(nlp_default, '"These allegations are baseless," Rwandan government spokeswoman Yolande Makolo '
                                'told Reuters.')
    assert all(e.target is None or e.target.sector != "MED" for e in found)
    assert ("ASSAULT", "RWA", "COD") in coded(nlp_default, "Rwanda attacked Congo on Monday.")
    assert ("ASSAULT", "RUS", "UKR") in coded(nlp_default, "Russian forces shelled Kharkiv overnight, Ukraine's "
                                                           "military said.")


def test_retaliation_named_as_a_reason_and_ships_attacked(nlp_default) -> None:
    assert not events(nlp_default, "The Revolutionary Guards said the attack was retaliation for the killing of "
                                   "Hassan Nasrallah.")
    assert ("ASSAULT", "YEM", "GRC") in coded(nlp_default, "The Houthis attacked the Greek-flagged bulk carrier Magic "
                                                           "Seas.")


def test_a_threat_right_after_an_act_done_to_the_state_answers_its_doer(nlp_default) -> None:
    assert ("THREATEN", "PAK", "IND") in coded(nlp_default, "Indian missiles struck nine sites in Pakistan on "
                                                            "Wednesday. Pakistan's military vowed to retaliate.")


def test_resolutions_adopted_speak_for_their_body_and_tariffs_raised_or_ordered(nlp_default) -> None:
    # session 31's helpers
    assert ("ACCUSE", "IGO", "IRN") in coded(nlp_default, "The UN Security Council adopted a resolution condemning "
                                                          "Iran.")
    assert ("ACCUSE", "IGO", "IRN") in coded(nlp_default, "The IAEA board censured Iran on Thursday.")
    assert ("SANCTION", "USA", "CHN") in coded(nlp_default, "Washington quadrupled its tariff on Chinese electric "
                                                            "vehicles to 100% in May.")
    assert ("SANCTION", "USA", "CAN") in coded(nlp_default, "The White House ordered 25% duties on Canadian goods.")


def test_arms_are_force_and_a_move_condemned_is_its_doers(nlp_default) -> None:
    assert ("ASSAULT", "SDN") in {(c, s) for c, s, _ in coded(nlp_default, "The army carried out air strikes on "
                                                                          "rebel positions in Khartoum.")}
    assert ("ACCUSE", "ESP", "NIC") in coded(nlp_default, 'Nicaragua renamed the cathedral, a move the Spanish '
                                                          'government condemned as "unacceptable".')


def test_disasters_strike_no_one_and_rescuers_sent_are_aid(nlp_default) -> None:
    found = coded(nlp_default, "Japan sent a team of 70 search-and-rescue specialists to Turkey on Wednesday after an "
                               "earthquake of magnitude 7.1 struck the eastern province of Van.")
    assert found == {("AID", "JPN", "TUR")}
    assert not events(nlp_default, "At least 14 people were killed in a landslide in Nepal's Gorkha district, police "
                                   "said.")


def test_states_stripping_status_closing_bodies_and_embargoes_extended(nlp_default) -> None:
    assert ("COERCE", "NIC", "NIC") in coded(nlp_default, "Nicaragua stripped the bishop of his citizenship.")
    assert ("COERCE", "NIC", "NIC") in coded(nlp_default, "Nicaragua shut down 1,500 NGOs.")
    assert ("SANCTION", "IGO", "SSD") in coded(nlp_default, "The UN Security Council voted to extend an arms embargo on "
                                                            "South Sudan.")
    # protesters at a state's embassy are not that state's; a rejection denied is negated
    assert not events(nlp_default, "Protesters attacked the French embassy.")
    (event,) = events(nlp_default, "German Finance Minister Katrin Vollmer said she did not reject the proposal.")
    assert event.category == "REJECT" and event.negated


def test_an_act_promised_on_a_condition_is_a_threat_at_whom_the_condition_names(nlp_default) -> None:
    assert ("THREATEN", "THA", "KHM") in coded(nlp_default, "Thailand said it would close the border if Cambodian "
                                                            "troops did not withdraw.")
    assert ("THREATEN", "CHN", "PHL") in coded(nlp_default, "China said it would take countermeasures if the "
                                                            "Philippines continued its provocations.")


def test_the_west_and_what_describes_the_doer_names_no_target(nlp_default) -> None:
    assert ("ACCUSE", "RUS", "WST") in coded(nlp_default, "Kremlin spokesman Dmitry Peskov accused the West of trying "
                                                          "to destabilise the South Caucasus country.")
    found = events(nlp_default, "Malaysian Prime Minister Anwar Ibrahim, who chairs ASEAN this year, said he had spoken "
                                "with both leaders and urged them to cease fire.")
    assert found and all(e.target is None or e.target.name != "ASEAN" for e in found)


def test_no_interest_refuses_disappointment_condemns_and_a_call_the_parser_hung_on_the_title(nlp_default) -> None:
    assert ("REJECT", "PRK", "KOR") in coded(nlp_default, "North Korea said it had no interest in talks with South "
                                                          "Korea.")
    assert ("ACCUSE", "CHN", "JPN") in coded(nlp_default, 'China expressed "deep disappointment and regret" over '
                                                          "Japan's decision.")
    assert ("REQUEST", "JPN", "CHN") in coded(nlp_default, "Japan's trade minister, Ken Saito, called on Beijing to "
                                                           "lift the ban.")


def test_an_act_answering_what_another_states_people_did_is_aimed_at_that_state(nlp_default) -> None:
    assert ("ASSAULT", "KOR", "PRK") in coded(nlp_default, "South Korean troops fired warning shots after North Korean "
                                                           "soldiers crossed the border.")


def test_both_parties_of_one_states_war(nlp_default) -> None:
    assert ("REQUEST", "SAU", "SDN") in coded(nlp_default, "Sudan's army and the Rapid Support Forces signed a deal on "
                                                           "Friday. Saudi Arabia urged both parties to build on it.")


def test_buying_stopped_and_sales_restricted_are_embargoes(nlp_default) -> None:
    for text, target in (("Lithuania stopped importing Russian gas on Saturday.", "RUS"),
                         ("The United States restricted sales of advanced chips to China.", "CHN"),
                         ("Japan tightened exports of chip materials to South Korea.", "KOR")):
        found = [e for e in events(nlp_default, text) if e.category == "SANCTION"]
        assert [(e.target.country, e.cameo_code) for e in found] == [(target, "163")], text


def test_the_soviet_union_is_no_russia_and_a_withdrawal_completed_from_a_state(nlp_default) -> None:
    # the Phoenix dictionary codes SOVIET_UNION [SUN], CZECHOSLOVAKIA [CSK], the GDR [DDR]; "former Soviet" dates
    assert ("REJECT", "SUN", None) in coded(nlp_default, "The Soviet Union vetoed a U.S.-sponsored resolution.")
    assert {e[1] for e in coded(nlp_default, "Czechoslovak police arrested dissidents in Prague.")} == {"CSK"}
    assert not any("SUN" in e for e in coded(nlp_default, "A Soviet-era helicopter was destroyed in Transnistria."))
    assert ("RETREAT", "IND", "MDV") in coded(
        nlp_default, "India completed the withdrawal of its military personnel from the Maldives on Friday.")


def test_deals_clinched_and_sealed_and_arrivals_that_are_no_visits(nlp_default) -> None:
    for verb in ("clinched", "sealed"):
        assert ("AGREE", "GBR", "IGO") in coded(nlp_default, f"Britain and the EU {verb} a new trade deal on Thursday.")
    assert ("SANCTION", "ISR", "PSE") in coded(nlp_default, "Israel sealed the border with Gaza on Monday.")
    for text in ("Dozens of Afghan migrants arrived in Italy on Monday.",
                 "When the first shipment of Japanese rice arrived in the port of Manila, dock workers unloaded it."):
        assert not events(nlp_default, text), text
    assert ("CONSULT", "CHN", "AFG") in coded(nlp_default, "A Chinese delegation arrived in Kabul on Monday.")


def test_a_group_speaking_of_itself_and_a_warning_of_a_state_of_things(nlp_default) -> None:
    assert ("ASSAULT", "LBN", "ISR") in coded(
        nlp_default, "Hezbollah said its fighters had clashed with Israeli soldiers near Odaisseh.")
    assert not events(nlp_default, "The World Food Programme warned that famine conditions persisted in Gaza.")


def test_export_controls_are_trade_measures_on_whom_the_trade_goes_to(nlp_default) -> None:
    assert ("SANCTION", "USA", "CHN") in coded(nlp_default, "Washington tightened export controls on advanced chips "
                                                            "sold to China.")
    assert ("THREATEN", "NLD", "CHN") in coded(nlp_default, "The Dutch government will restrict exports of ASML's "
                                                            "chipmaking machines to China.")


def test_arms_sent_to_another_state_are_aid_and_troops_sent_are_a_deployment(nlp_default) -> None:
    assert ("AID", "GBR", "UKR") in coded(nlp_default, "Britain sent 14 tanks to Ukraine.")
    assert {e[0] for e in coded(nlp_default, "Russia sent tanks to the border.")} == {"MOBILIZE"}


def test_a_states_own_strike_as_the_subject(nlp_default) -> None:
    assert ("ASSAULT", "RUS", "UKR") in coded(nlp_default, "Russia's strike on a children's hospital in Kyiv killed two "
                                                           "people.")


def test_battles_searches_requests_sought_and_admissions(nlp_default) -> None:
    assert ("ASSAULT", "THA", "THA") in coded(nlp_default, "Soldiers battled separatist militants in Pattani.")
    assert ("COERCE", "IRN", "GBR") in coded(nlp_default, "Iranian warships stopped and searched a British merchant "
                                                          "vessel outside the Strait of Hormuz on Sunday.")
    assert not events(nlp_default, "Rescuers searched for survivors in the rubble.")
    assert {e[:2] for e in coded(nlp_default, "Poland sought the extradition of two Russian suspects.")} == {
        ("REQUEST", "POL")}
    assert not events(nlp_default, "The president will seek re-election next year.")
    # owning up is a concession (GUIDE.md); a report of another's act that officials "admitted" is that act
    assert ("CONCEDE", "MLT") in {e[:2] for e in coded(
        nlp_default, "Malta's armed forces admitted on Thursday that a patrol boat had taken no action for 16 hours.")}
    assert {e[0] for e in coded(nlp_default, "Khmer Rouge guerrillas overran the town of Pailin after weeks of heavy "
                                             "fighting, government officials admitted on Tuesday.")} == {"ASSAULT"}


def test_residents_of_a_town_and_a_city_other_towns_share_a_name_with(nlp_default) -> None:
    assert ("PROTEST", "TJK", "TJK") in coded(nlp_default, "Residents of Khorog staged a protest outside the regional "
                                                           "administration.")
    assert ("PROTEST", "ESP", "ESP") in coded(nlp_default, "Protesters marched through Barcelona on Sunday.")


def test_taking_no_part_in_a_conference_refuses_it(nlp_default) -> None:
    assert ("REJECT", "TUR", "GRC") in coded(nlp_default, "Turkey will not take part in the conference in Athens.")


def test_the_means_of_an_act_is_no_one_and_a_body_named_before_where_it_sits_is_its_own(nlp_default) -> None:
    assert ("COERCE", "MYS", "IDN") in coded(nlp_default, "Malaysia deported about 600 Indonesian illegal immigrants by "
                                                          "ship from Port Klang to Sumatra on Monday.")
    assert ("SANCTION", "GBR", "NGA") in coded(nlp_default, "Britain expelled two members of the Nigerian High "
                                                            "Commission staff in London on Friday.")


def test_a_leaders_government_and_a_name_in_lower_case_is_no_body(nlp_default) -> None:
    assert ("COERCE", "NGA") in {e[:2] for e in coded(nlp_default, "The Abacha government on Friday shut down the "
                                                                   "Punch and Concord newspaper groups.")}
    # "Chan-ocha" is no OCHA (the UN office)
    assert not any(e[1] == "IGO" for e in coded(nlp_default, "Army chief General Prayuth Chan-ocha warned on Tuesday "
                                                             "that troops would step in if clashes spread."))


def test_a_meeting_on_the_sidelines_of_a_summit_is_with_the_other_leader(nlp_default) -> None:
    assert ("CONSULT", "CHN", "JPN") in coded(nlp_default, "Chinese President Xi Jinping and Japanese Prime Minister "
                                                           "Shigeru Ishiba met on the sidelines of the APEC summit.")


def test_a_participle_after_a_report_is_the_reporters_act(nlp_default) -> None:
    assert ("REQUEST", "JPN", "CHN") in coded(nlp_default, "China sent two warships near the Senkaku Islands, Japan's "
                                                           "defence ministry said, urging Beijing to withdraw them.")


def test_a_price_to_pay_threatens_and_a_recognition_denied_rejects(nlp_default) -> None:
    assert ("THREATEN", "PRK", "USA") in coded(nlp_default, "The United States will pay a dear price for its reckless "
                                                            "military drills, KCNA said on Saturday.")
    assert ("REJECT", "MEX", "IGO") in coded(nlp_default, "Mexico did not recognise the ICJ's jurisdiction over the case.")
    assert ("ACCUSE", "GUY") in {e[:2] for e in coded(nlp_default, "Guyana's President Irfaan Ali called the move a "
                                                                   "direct threat to his country.")}


def test_accidents_kill_with_no_one_behind_them(nlp_default) -> None:
    assert not events(nlp_default, "A crash on the Bruce Highway near Gympie killed a mother of three on Sunday.")
    assert not events(nlp_default, "A fire at a nightclub in Bucharest killed 27 people.")
    assert ("ASSAULT", "ISR", "PSE") in coded(nlp_default, "Israeli fire killed three Palestinians in Gaza.")


def test_someone_jailed_or_arrested_in_the_passive_by_the_state_where_it_happened(nlp_default) -> None:
    assert ("COERCE", "AUS", "AUS") in coded(nlp_default, "A Gold Coast man has been jailed for nine years for the "
                                                          "attack.")
    assert ("COERCE", "RUS", "USA") in coded(nlp_default, "Two American tourists were arrested in Moscow on Friday.")


def test_divisions_named_like_states_and_groups_of_campaigners(nlp_default) -> None:
    assert ("REJECT", "USA", "USA") in coded(nlp_default, "New Jersey Governor Phil Murphy vetoed the bill.")
    assert ("REJECT", "USA", "USA") in coded(nlp_default, "Georgia Governor Brian Kemp vetoed the bill on Tuesday.")
    assert ("ACCUSE", "AUS") in {e[:2] for e in coded(nlp_default, "New South Wales Premier Chris Minns criticised "
                                                                   "the union.")}
    assert ("PROTEST", "AUS") in {e[:2] for e in coded(nlp_default, "Anti-nuclear campaigners marched through "
                                                                    "Adelaide on Saturday against plans to build "
                                                                    "nuclear-powered submarines.")}


def test_a_demand_names_whom_it_asks_to_act_by_the_act(nlp_default) -> None:
    assert ("REQUEST", "IGO", "ARG") in coded(nlp_default, "The U.N. Security Council on Saturday demanded an immediate "
                                                           "withdrawal of all Argentine forces from the Falkland Islands.")
    assert ("REQUEST", "COL", "ISR") in coded(nlp_default, "Colombia's foreign ministry demanded on Thursday the "
                                                           "immediate release of two Colombian women detained by Israel.")
    assert ("REQUEST", "CAN", "CHN") in coded(nlp_default, "Canada called on Friday for the immediate release of two "
                                                           "Canadians detained by China.")


def test_a_threat_is_aimed_at_whom_its_condition_names(nlp_default) -> None:
    assert ("THREATEN", "IGO", "NER") in coded(nlp_default, "ECOWAS threatened to use force if Niger's junta did not "
                                                            "reinstate Bazoum.")


def test_agreements_revoked_fighting_between_two_sides_and_jets_named_after_storms(nlp_default) -> None:
    assert ("SANCTION", "NER", "FRA") in coded(nlp_default, "Niger's junta revoked five military cooperation "
                                                            "agreements with France on Thursday.")
    assert ("ASSAULT", "SDN", "SDN") in coded(nlp_default, "Fighting erupted in Khartoum on Saturday between Sudan's "
                                                           "army and the Rapid Support Forces.")
    assert ("ASSAULT", "GBR") in {e[:2] for e in coded(nlp_default, "Royal Air Force Tornado jets struck Islamic State "
                                                                    "positions near Mosul overnight.")}
    assert not events(nlp_default, "Typhoon Haiyan struck the Philippines.")


def test_a_deal_blocked_is_refused_and_an_affront_condemns(nlp_default) -> None:
    assert {e[0] for e in coded(nlp_default, "Biden blocked Nippon Steel's purchase of U.S. Steel on Friday.")} \
        == {"REJECT"}
    assert ("ACCUSE", "CAN", "USA") in coded(nlp_default, "Canada's finance minister Chrystia Freeland called the U.S. "
                                                          "tariffs an affront.")


def test_prompting_another_to_act_and_police_of_no_named_state(nlp_default) -> None:
    assert ("SANCTION", "ESP", "ARG") in coded(nlp_default, "Milei insulted Pedro Sánchez's wife at a rally in Madrid, "
                                                            "prompting Spain to recall its ambassador from Buenos Aires.")
    assert ("COERCE", "PAK", "PAK") in coded(nlp_default, "Police raided the home of Imran Khan on Saturday.")
    assert ("THREATEN", "USA", "MEX") in coded(nlp_default, "The United States has threatened duties on Mexican goods if "
                                                            "Mexico does not curb imports of Chinese steel.")


def test_airstrikes_carried_out_and_a_body_tagged_as_a_person(nlp_default) -> None:
    assert ("ASSAULT", "USA", "IRQ") in coded(nlp_default, "U.S. forces carried out airstrikes on Kataib Hezbollah in "
                                                           "Iraq.")


def test_a_dateline_with_the_year_of_the_date(nlp_default) -> None:
    assert coded(nlp_default, "BUDAPEST, Nov. 4, 1956 (AP) -- Soviet tanks attacked Budapest at dawn today.") == {
        ("ASSAULT", "SUN", "HUN")}


def test_criticism_an_act_draws_is_the_critics(nlp_default) -> None:
    assert ("ACCUSE", "UKR", "IND") in coded(nlp_default, "A visit by Narendra Modi to Moscow drew criticism from Kyiv.")
    assert ("ACCUSE", "JPN", "CHN") in coded(nlp_default, "China's decision to ban Japanese seafood drew a sharp rebuke "
                                                          "from Tokyo.")
    assert not events(nlp_default, "The film drew criticism from critics.")


def test_money_released_is_aid_flares_released_free_no_one_and_cold_war_capitals(nlp_default) -> None:
    assert ("AID", "IGO", "UKR") in coded(nlp_default, "The IMF released a loan tranche to Ukraine.")
    assert not any(e[0] == "RETREAT" for e in coded(nlp_default, "A Chinese J-16 fighter jet released flares in the "
                                                                 "path of an Australian navy helicopter."))
    assert ("RETREAT", "IRN", "FRA") in coded(nlp_default, "Iran released two French prisoners.")
    # "Peking" is the Cold War's name: its Moscow is the Soviet Union's (session 58)
    assert ("ACCUSE", "CHN", "SUN") in coded(nlp_default, "Peking accused Moscow of revisionism.")


def test_leaders_of_states_that_were_and_of_the_cold_war(nlp_default) -> None:
    assert ("THREATEN", "SUN", "LTU") in coded(nlp_default, "Gorbachev threatened on Friday to cut off supplies of fuel "
                                                            "to Lithuania.")
    assert ("REJECT", "FRA") in {e[:2] for e in coded(nlp_default, "De Gaulle vetoed Britain's application to join the "
                                                                   "Common Market.")}


def test_water_released_is_no_aid_and_a_complaint_withdrawn_yields(nlp_default) -> None:
    assert not coded(nlp_default, "Japan released treated water into the sea.")
    assert ("SANCTION", "CHN", "JPN") in coded(nlp_default, "China suspended imports of Japanese seafood after Japan "
                                                            "released water.")
    assert ("CONCEDE", "KOR", "JPN") in coded(nlp_default, "South Korea dropped its WTO complaint against Japan.")
    assert {e[0] for e in coded(nlp_default, "Seoul withdrew its complaint.")} == {"CONCEDE"}
    assert ("SANCTION", "IDN") in {e[:2] for e in coded(nlp_default, "Indonesia formally withdrew from the United "
                                                                     "Nations in protest at Malaysia's seat.")}


def test_an_appeal_is_to_whom_it_asks_and_talks_are_not_with_their_venue(nlp_default) -> None:
    assert ("REQUEST", "KHM", "CHN") in coded(nlp_default, "Hun Sen appealed to China to stop supplying weapons to the "
                                                           "Khmer Rouge.")
    assert ("CONSULT", "USA", "PRK") in coded(nlp_default, "U.S. envoy Christopher Hill held two days of talks with "
                                                           "North Korean negotiator Kim Kye Gwan in Berlin.")
    assert ("PROTEST", "IRN") in {e[:2] for e in coded(nlp_default, "Motorists in Tehran protested against a rise in "
                                                                    "petrol prices.")}


def test_officials_of_the_2020s_with_their_states_and_the_eu(nlp_default) -> None:
    assert ("ACCUSE", "LKA", "DEU") in coded(nlp_default, "Gotabaya Rajapaksa criticised Germany on Monday.")
    assert ("ACCUSE", "IGO", "DEU") in coded(nlp_default, "Kaja Kallas criticised Germany on Monday.")
    assert ("ACCUSE", "CHN", "DEU") in coded(nlp_default, "Mao Ning criticised Germany on Monday.")
    assert ("ACCUSE", "UKR", "DEU") in coded(nlp_default, "Kyrylo Budanov criticised Germany on Monday.")


def test_conscripts_called_up_or_drafted_mobilise(nlp_default) -> None:
    assert ("MOBILIZE", "RUS") in {e[:2] for e in coded(nlp_default, "Russia called up 160,000 conscripts.")}
    assert ("MOBILIZE", "RUS") in {e[:2] for e in coded(nlp_default, "Russia drafted 160,000 conscripts.")}
    assert not coded(nlp_default, "Russia drafted a new law on conscription.")


def test_told_to_leave_is_expelled_and_prizes_missiles_and_diseases_are_no_acts(nlp_default) -> None:
    assert ("SANCTION", "MLI", "IGO") in coded(nlp_default, "Mali's junta ordered the U.N. coordinator to leave the "
                                                            "country.")
    assert ("SANCTION", "NER", "FRA") in coded(nlp_default, "Niger's junta gave the French ambassador 48 hours to "
                                                            "leave.")
    assert not coded(nlp_default, "The general ordered his troops to leave the town.")
    assert not coded(nlp_default, "The Nigerian novelist accepted the prize in Stockholm.")
    assert not coded(nlp_default, "Israel's Iron Dome intercepted a missile fired from Yemen.")
    assert not coded(nlp_default, "Kenya's health ministry warned that dengue cases have tripled.")
    assert ("COERCE", "BFA", "FRA") in coded(nlp_default, "Burkina Faso's junta suspended the broadcasts of Radio "
                                                          "France Internationale.")


def test_a_verdict_and_a_sentence_are_plovers_convict_and_a_buildings_office_no_prize(nlp_default) -> None:
    verdicts = [coded(nlp_default, text) for text in (
        "A Moscow court convicted the opposition activist of treason.",
        "A Russian court sentenced the French researcher to three years in prison.",
        "A Russian jury found the French researcher guilty of spying.")]
    assert all("SANCTION" in {e[0] for e in found} and "COERCE" not in {e[0] for e in found} for found in verdicts)
    assert ("SANCTION", "RUS", "FRA") in verdicts[1]
    assert not coded(nlp_default, "The researchers found the French drug effective.")
    assert ("PROTEST", "KGZ") in {e[:2] for e in coded(nlp_default, "Protesters stormed the governor's office in "
                                                                    "Bishkek.")}
    assert not coded(nlp_default, "The French film stormed the box office.")
    assert ("ASSAULT", "PAK") in {e[:2] for e in coded(nlp_default, "Gunmen gunned down a judge in Karachi.")}


def test_states_agencies_eu_officials_and_a_common_word_that_names_a_body(nlp_default) -> None:
    assert ("COERCE", "RUS", "UKR") in coded(nlp_default, "The FSB arrested a Ukrainian citizen in Crimea.")
    assert ("COERCE", "PAK") in {e[:2] for e in coded(nlp_default, "The ISI detained the journalist.")}
    assert ("SANCTION", "USA", "NER") in coded(nlp_default, "USAID suspended its aid to Niger on Monday.")
    assert ("ACCUSE", "IGO", "HUN") in coded(nlp_default, "European Parliament President Roberta Metsola accused "
                                                          "Hungary of blackmail.")
    assert ("ACCUSE", "IGO", "GRC") in coded(nlp_default, "Home Affairs Commissioner Ylva Johansson criticised Greece.")
    assert "NGO" not in {code for e in coded(nlp_default, "Thousands protested in Madrid against the amnesty law.")
                         for code in e[1:]}
    assert ("ACCUSE", "NGO", "ESP") in coded(nlp_default, "Amnesty criticised the Spanish government.")


def test_a_vessel_driven_away_and_the_bodies_of_east_asian_seas_and_myanmars_war(nlp_default) -> None:
    assert ("SANCTION", "PHL", "CHN") in coded(nlp_default, "A Philippine patrol ship drove away a Chinese vessel.")
    assert ("SANCTION", "CHN", "PHL") in coded(nlp_default, "The Chinese coast guard chased off a Philippine boat "
                                                            "near the shoal.")
    assert ("COOPERATE", "CHN", "RUS") in coded(nlp_default, "China and Russia kicked off a joint exercise on Monday.")
    assert ("ACCUSE", "MMR") in {e[:2] for e in coded(nlp_default, "The NUG accused the junta of war crimes.")}


def test_georgia_in_american_news_is_the_state(nlp_default) -> None:
    assert ("REJECT", "USA") in {e[:2] for e in coded(nlp_default, "Fulton County prosecutors charged Trump in August. "
                                                                   "Georgia officials rejected the claims of fraud.")}
    assert ("ACCUSE", "GEO", "RUS") in coded(nlp_default, "Georgia accused Russia of occupying Abkhazia.")
    assert ("ACCUSE", "GEO", "RUS") in coded(nlp_default, "Georgia accused Russia of occupying land near Atlanta, a "
                                                          "village outside Tbilisi.")


def test_sanctions_suspended_ease_and_syrias_new_leader(nlp_default) -> None:
    assert ("CONCEDE", "USA", "SYR") in coded(nlp_default, "The United States suspended sanctions on Syria.")
    assert ("CONSULT", "SYR", "TUR") in coded(nlp_default, "Ahmed al-Sharaa met Erdogan in Ankara.")
    assert ("ACCUSE", "PSE", "ISR") in coded(nlp_default, "Sami Abu Zuhri condemned Israel.")


def test_a_leader_called_on_the_phone_is_consulted_and_called_a_liar_is_condemned(nlp_default) -> None:
    assert ("CONSULT", "GBR", "ISR") in coded(nlp_default, "Sunak called Netanyahu on Sunday.")
    assert ("CONSULT", "FRA", "QAT") in coded(nlp_default, "Macron called his Qatari counterpart on Tuesday to discuss "
                                                           "the hostages.")
    assert ("REQUEST", "IRN", "USA") in coded(nlp_default, "Iran called on the United States to lift sanctions.")
    assert ("ACCUSE", "TUR", "RUS") in coded(nlp_default, "Erdogan called Putin a liar.")
    assert not coded(nlp_default, "The French president called elections for March.")


def test_the_two_leaders_after_two_states_acted_together_and_praise_given_together(nlp_default) -> None:
    assert ("SUPPORT", "KOR", "JPN") in coded(nlp_default, "Yoon Suk Yeol and Fumio Kishida met in Tokyo on Monday. "
                                                           "The two leaders signed an agreement on defence.")
    assert ("AGREE", "IND", "PAK") in coded(nlp_default, "India and Pakistan exchanged fire on Monday. They agreed to "
                                                         "a ceasefire on Tuesday.")
    assert not coded(nlp_default, "The two leaders signed an agreement on defence.")
    assert ("SUPPORT", "KWT", "BHR") not in coded(nlp_default, "Kuwait and Bahrain welcomed the ceasefire.")


def test_a_warning_of_hunger_for_others_is_no_threat(nlp_default) -> None:
    assert not coded(nlp_default, "UNICEF warned that millions of children in Somalia could starve.")
    assert not coded(nlp_default, "The Norwegian Refugee Council warned that Burkina Faso faced a hunger crisis.")
    assert ("THREATEN", "RUS", "UKR") in coded(nlp_default, "Russia warned that Ukraine would face consequences if "
                                                            "it attacked Crimea.")


def test_a_truce_brokered_is_mediation_and_joint_drills_wrapped_up_cooperate(nlp_default) -> None:
    assert ("CONSULT", "EGY") in {e[:2] for e in coded(nlp_default, "Egypt brokered a truce between Israel and Hamas.")}
    assert ("COOPERATE", "CHN", "RUS") in coded(nlp_default, "China and Russia wrapped up joint naval drills on "
                                                             "Sunday.")


def test_a_companys_workers_strike_not_the_company(nlp_default) -> None:
    found = events(nlp_default, "Starbucks workers walked out over pay.")
    assert [(e.category, e.source.name, e.source.country) for e in found] == [("PROTEST", "Starbucks workers", "USA")]


def test_a_name_ending_in_a_companys_name_is_no_company(nlp_default) -> None:
    assert not any(code == "SWE" for e in coded(nlp_default, "Tarek William Saab accused the opposition of sabotage.")
                   for code in e[1:])


def test_saying_that_someone_or_their_act_is_criminal_condemns(nlp_default) -> None:
    assert ("ACCUSE", "RUS", "UKR") in coded(nlp_default, "Moscow said Kyiv's attack on the bridge was an act of "
                                                          "terrorism.")
    assert ("ACCUSE", "USA") in {e[:2] for e in coded(nlp_default, "Pompeo said the court was a corrupt institution.")}
    assert not coded(nlp_default, "The Kenyan minister said the situation was dangerous.")
    assert not coded(nlp_default, "Iran said the vote was not illegal.")


def test_a_closure_or_expulsion_ordered_is_done(nlp_default) -> None:
    assert ("SANCTION", "RUS", "POL") in coded(nlp_default, "Russia ordered the closure of the Polish consulate in "
                                                            "Kaliningrad.")
    assert ("SANCTION", "BFA", "FRA") in coded(nlp_default, "Burkina Faso ordered the expulsion of three French "
                                                            "diplomats.")
    assert ("COERCE", "KEN") in {e[:2] for e in coded(nlp_default, "Kenya ordered the closure of the Dadaab refugee "
                                                                   "camp.")}
    assert not coded(nlp_default, "The Kenyan government ordered the closure of schools because of the storm.")


def test_a_train_blown_up_and_a_state_provided_with_weapons(nlp_default) -> None:
    assert ("ASSAULT", "UKR", "RUS") in coded(nlp_default, "Ukrainian operatives blew up a train in Russia's Buryatia "
                                                           "region.")
    assert ("AID", "DEU", "UKR") in coded(nlp_default, "Germany provided Ukraine with air defence systems.")
    assert not coded(nlp_default, "The company provided customers with new phones.")


def test_a_persons_possessive_names_no_state(nlp_default) -> None:
    assert not any("JOR" in e for e in coded(nlp_default, "Rep. Jim Jordan's committee subpoenaed the FBI director."))
    assert ("ACCUSE", "TCD", "SDN") in coded(nlp_default, "Chad's Deby accused Sudan of backing the rebels.")
    assert ("CONSULT", "JOR", "ISR") in coded(nlp_default, "Jordan's King Abdullah met Netanyahu.")


def test_boarded_and_intercepted_craft_and_people_are_coerced(nlp_default) -> None:
    assert ("COERCE", "IRN", "GRC") in coded(nlp_default, "Iran's Revolutionary Guards boarded the Greek tanker in "
                                                          "the Gulf of Oman.")
    assert ("COERCE", "LBN", "SYR") in coded(nlp_default, "The Lebanese army intercepted a boat carrying 80 Syrian "
                                                          "refugees.")
    assert not coded(nlp_default, "The Greek prime minister boarded a ship to Crete.")
    assert not coded(nlp_default, "Israel intercepted a missile fired from Lebanon.")
    assert not coded(nlp_default, "British intelligence intercepted calls between Russian commanders.")


def test_suspensions_evacuation_orders_and_objections(nlp_default) -> None:
    assert ("SANCTION", "NGO", "PER") in coded(nlp_default, "FIFA suspended the Peruvian football federation.")
    assert ("COERCE", "ISR", "PSE") in coded(nlp_default, "Israel ordered residents of northern Gaza to evacuate.")
    assert ("ACCUSE", "JPN", "CHN") in coded(nlp_default, "Japan objected to China's survey.")
    assert ("RETREAT", "DEU", "NGA") in coded(nlp_default, "Germany returned 21 Benin Bronzes to Nigeria.")
    assert not coded(nlp_default, "The Home Office said it was saddened by the deaths.")


def test_a_vote_said_to_be_rigged_is_condemned(nlp_default) -> None:
    assert ("ACCUSE", "UKR", "RUS") in coded(nlp_default, "Ukraine said the Russian vote was rigged.")
    assert ("ACCUSE", "NGO", "ITA") in coded(nlp_default, "Sea-Watch called the Italian detention politically "
                                                          "motivated.")
    assert not coded(nlp_default, "The opposition said the election was not rigged.")


def test_the_decision_or_the_claim_looks_back_one_sentence(nlp_default) -> None:
    assert ("REJECT", "BLR", "POL") in coded(nlp_default, "Warsaw accused Minsk of orchestrating the crossings. The "
                                                          "Belarusian foreign ministry denied any involvement.")
    assert ("ACCUSE", "QAT", "ISR") in coded(nlp_default, "Israel closed the Rafah crossing. Qatar condemned the "
                                                          "decision.")
    # two sentences back is another story
    assert ("ACCUSE", "DEU", "BLR") not in coded(nlp_default, "Warsaw accused Minsk of orchestrating the crossings. "
                                                              "Russia held an election. Scholz criticised the vote.")


def test_a_passive_patient_never_does_the_act(nlp_default) -> None:
    found = events(nlp_default, "Ousmane Sonko was arrested in Dakar on Friday, police said.")
    assert [(e.category, e.source.country, e.target.name) for e in found] == [("COERCE", "SEN", "Ousmane Sonko")]
    assert ("AGREE", "VEN", "USA") in coded(nlp_default, "The government of Nicolas Maduro agreed to accept returned "
                                                         "migrants from the United States.")


def test_korean_names_regret_over_an_act_handshakes_and_severed_lines(nlp_default) -> None:
    assert ("CONSULT", "KOR", "PRK") in coded(nlp_default, "Moon Jae-in met Kim Jong Un.")
    assert ("ACCUSE", "KOR", "PRK") in coded(nlp_default, "Seoul's Unification Ministry expressed strong regret over "
                                                          "the North's action.")
    assert ("CONSULT", "USA", "PRK") in coded(nlp_default, "Donald Trump and Kim Jong Un shook hands in Singapore.")
    assert ("SANCTION", "PRK", "KOR") in coded(nlp_default, "North Korea severed all communication lines with South "
                                                            "Korea.")
    assert not coded(nlp_default, "The earthquake shook the capital.")
    assert ("REJECT", "IGO", "GBR") in coded(nlp_default, "EU leaders rebuffed Theresa May's Chequers proposals in "
                                                          "Salzburg on Thursday.")


def test_drills_warnings_of_a_threat_and_not_resumed_fighting(nlp_default) -> None:
    assert [e.category for e in events(nlp_default, "Russian warships fired missiles during exercises in the Barents "
                                                    "Sea.")] == ["MOBILIZE"]
    assert not coded(nlp_default, "Danish intelligence warned that Russia posed a growing threat in the Arctic.")
    assert ("SANCTION", "RUS", "IGO") in coded(nlp_default, "Russia suspended its participation in the Arctic Council.")
    assert ("ACCUSE", "GRL", "USA") in coded(nlp_default, "Greenland's government called the US proposal "
                                                          "disrespectful.")
    assert [e.negated for e in events(nlp_default, "Israel would not resume fighting.")] == [True]
    assert [e.negated for e in events(nlp_default, "Israel resumed fighting.")] == [False]


def test_a_thing_rejected_or_condemned_names_no_target_at_home(nlp_default) -> None:
    assert ("REJECT", "PSE", None) in coded(nlp_default, "Hamas rejected the proposal.")
    assert ("ACCUSE", "QAT", None) in coded(nlp_default, "Qatar condemned the decision.")
    assert ("REQUEST", "IRN", "IRN") in {e for e in coded(nlp_default, "Iranian authorities pressured workers of the "
                                                                       "bus company to cancel the strike.")}


def test_an_option_not_ruled_out_is_no_refusal(nlp_default) -> None:
    assert not coded(nlp_default, "Mette Frederiksen did not rule out Russian involvement.")
    assert [e.category for e in events(nlp_default, "Trump refused to rule out using military force to take "
                                                    "Greenland.")] == ["THREATEN"]
    assert [e.category for e in events(nlp_default, "Israel ruled out a ceasefire.")] == ["REJECT"]


def test_a_threat_of_no_act_on_anyone_and_tariffs_called_unfair(nlp_default) -> None:
    assert ("THREATEN", "CHN", None) in coded(nlp_default, "Beijing vowed to retaliate.")
    assert ("ACCUSE", "CAN", "USA") in coded(nlp_default, "Trump imposed new tariffs on Canada on Friday. Trudeau "
                                                          "called the tariffs unfair.")
    assert not coded(nlp_default, "The United States is charging duties of 25 percent on Canadian steel.")


def test_a_leader_seized_by_special_forces_is_detained(nlp_default) -> None:
    found = events(nlp_default, "Guinean special forces seized President Alpha Conde.")
    assert [(e.category, e.cameo_code) for e in found] == [("COERCE", "173")]
    assert not any(e.category == "COERCE" for e in events(
        nlp_default, "Armenian forces stormed the town after heavy fighting, seizing the last Azerbaijani stronghold."))


def test_a_statement_charging_a_named_party_with_a_wrong_accuses(nlp_default) -> None:
    assert ("ACCUSE", "EST", "RUS") in coded(nlp_default, "Foreign Minister Margus Tsahkna said Moscow was deliberately "
                                                          "endangering civilian aviation.")
    assert ("ACCUSE", "POL", "RUS") in coded(nlp_default, "Poland said Russia was behind the attack.")
    assert not coded(nlp_default, "The minister said Russia would not interfere.")


def test_a_call_by_phone_and_a_charge_denied_in_a_relative_clause(nlp_default) -> None:
    found = events(nlp_default, "Xi Jinping and Donald Trump spoke by phone on Thursday.")
    assert [(e.category, e.cameo_code, e.source.country, e.target.country) for e in found] == [
        ("CONSULT", "041", "CHN", "USA")]
    assert not coded(nlp_default, "The minister spoke by phone.")
    assert ("REJECT", "RUS", "NOR") in coded(nlp_default, "Norway's foreign minister said the attack was unacceptable, "
                                                          "a charge Russia rejected.")


def test_a_region_is_its_own_group_and_a_person_no_body_of_what_he_denounces(nlp_default) -> None:
    found = events(nlp_default, "The three European powers accused Tehran of non-performance.")
    assert [(e.source.name, e.source.country) for e in found] == [("European countries", "EUR")]
    found = events(nlp_default, "Balkan governments condemned Serbia.")
    assert [(e.source.name, e.source.country) for e in found] == [("Balkan countries", "BLK")]
    found = events(nlp_default, "Mohammad Eslami denounced the IAEA vote as politically motivated.")
    assert [(e.category, e.source.country, e.target.country) for e in found] == [("ACCUSE", None, "IGO")]
    assert ("SUPPORT", "FRA", "OMN") in coded(nlp_default, "Foreign Minister Jean-Noel Barrot thanked Oman.")


def test_the_grounds_of_an_arrest_name_no_target_and_a_fine_its_payer(nlp_default) -> None:
    assert ("COERCE", "IRN", "IRN") in coded(nlp_default, "Iranian authorities arrested a man on suspicion of spying "
                                                          "for Israel.")
    assert ("SANCTION", "IGO", "USA") in coded(nlp_default, "The European Commission fined Google 2.4 billion euros "
                                                            "for abusing its dominance.")
    assert not coded(nlp_default, "Workers were paid in US dollars.")


def test_local_police_bodies_a_security_committee_and_suspended_trade(nlp_default) -> None:
    found = events(nlp_default, "Greater Manchester Police arrested three men.")
    assert [(e.category, e.source.name, e.source.country) for e in found] == [
        ("COERCE", "Greater Manchester Police", "GBR")]
    assert ("COERCE", "NGA", "NGA") in coded(nlp_default, "Kano police arrested three men.")
    found = events(nlp_default, "Pakistan's National Security Committee warned India.")
    assert [(e.source.sector != "COP", e.source.country, e.target.country) for e in found] == [(True, "PAK", "IND")]
    assert ("SANCTION", "PAK", "IND") in coded(nlp_default, "Pakistan suspended bilateral trade with India.")
    assert ("AID", "IGO", "LKA") in coded(nlp_default, "Sri Lanka secured a $2.9 billion bailout from the "
                                                       "International Monetary Fund.")
    assert not coded(nlp_default, "Duterte began a trip to Russia, hoping to secure weapons from Putin.")
    found = events(nlp_default, "Police used batons to disperse students in Hyderabad.")
    # (the students, of the town they were in)
    assert [(e.target.name, e.target.country) for e in found] == [("students (Hyderabad)", "IND")]
    assert ("ASSAULT", "PAK", "PAK") in coded(nlp_default, "Pakistani troops killed 12 Tehreek-e-Taliban Pakistan "
                                                           "militants.")


def test_a_named_body_the_dictionary_does_not_know_is_the_target(nlp_default) -> None:
    found = events(nlp_default, "The Federal Trade Commission sued Gridwell.")
    assert [(e.category, e.target.name, e.target.country) for e in found] == [("ACCUSE", "Gridwell", "USA")]
    found = events(nlp_default, "Britain's Financial Conduct Authority fined Harrowgate Bank 38 million pounds.")
    assert [(e.target.name, e.target.country) for e in found] == [("Harrowgate Bank", "GBR")]
    found = events(nlp_default, "The European Commission fined Qorvane Software 200 million euros.")
    assert [(e.target.name, e.target.country) for e in found] == [("Qorvane Software", None)]
    found = events(nlp_default, "The Soviet Union has promised to supply the Popular Movement for the Liberation of "
                                "Angola with arms.")
    assert [(e.category, e.target.country) for e in found] == [("AGREE", "AGO")]


def test_forces_a_state_speaks_of_are_its_own_not_the_datelines(nlp_default) -> None:
    found = events(nlp_default, "CAIRO (Reuters) - An Israeli military spokesperson said troops had fired warning "
                                "shots at suspects.")
    assert [(e.category, e.source.country) for e in found] == [("ASSAULT", "ISR")]
    found = events(nlp_default, "NEW DELHI - Police arrested four persons.")
    assert [(e.category, e.source.country) for e in found] == [("COERCE", "IND")]


def test_a_person_named_after_a_descriptor_is_the_one_acted_on(nlp_default) -> None:
    found = events(nlp_default, "Iranian authorities have arrested the filmmaker Reza Farahani at his home in Tehran.")
    assert [(e.category, e.target.name, e.target.country) for e in found] == [("COERCE", "Reza Farahani", "IRN")]
    found = events(nlp_default, "Turkish police detained the singer Aylin Demir at Istanbul airport.")
    assert [(e.target.name, e.target.country) for e in found] == [("Aylin Demir", "TUR")]
    found = events(nlp_default, "Kenya's opposition leader Raila Mwangi rejected the results of the election.")
    assert [(e.source.name, e.source.country, e.source.sector) for e in found] == [("Raila Mwangi", "KEN", "OPP")]


def test_named_people_and_parties_of_the_story_and_unions(nlp_default) -> None:
    found = events(nlp_default, "Britain votes on Thursday. Labour has accused the Conservatives of running a "
                                "dishonest campaign.")
    assert [(e.category, e.source.name, e.target.name, e.target.country, e.target.sector) for e in found] == [
        ("ACCUSE", "Labour", "Conservatives", "GBR", "PTY")]
    found = events(nlp_default, "Kenya votes on Tuesday. Jake Ellis accused Lena Moor of plagiarism.")
    assert [(e.source.name, e.source.country, e.target.name, e.target.country) for e in found] == [
        ("Jake Ellis", "KEN", "Lena Moor", "KEN")]
    found = events(nlp_default, "Jake Ellis accused Lena Moor of plagiarism.")  # no country known: none given
    assert [(e.source.name, e.source.country, e.target.name, e.target.country) for e in found] == [
        ("Jake Ellis", None, "Lena Moor", None)]
    found = events(nlp_default, "French Transport Minister Marc Dubois urged the unions to return to the table.")
    assert [(e.category, e.target.country, e.target.sector) for e in found] == [("REQUEST", "FRA", "LAB")]
    found = events(nlp_default, "Nigerian unions began a general strike on Monday.")
    assert [(e.category, e.source.country, e.source.sector) for e in found] == [("PROTEST", "NGA", "LAB")]
    assert [e.source.sector for e in events(nlp_default, "The African Union urged Sudan to talk.")] == ["IGO"]


def test_an_uncoded_group_blamed_is_no_one_at_home_and_a_veto_looks_back(nlp_default) -> None:
    found = events(nlp_default, "Norway's environment minister, Kari Lunde, blamed a handful of petrostates for "
                                "the failure.")
    assert [(e.category, e.target) for e in found] == [("ACCUSE", None)]
    found = events(nlp_default, 'Russia vetoed the resolution on Friday. British Ambassador Helen Ashdown called the '
                                'veto "a shameful act."')
    assert ("ACCUSE", "GBR", "RUS") in {(e.category, e.source.country, e.target and e.target.country) for e in found}


def test_sanctions_targeting_trade_staff_fired_and_seas_named_after_states(nlp_default) -> None:
    found = events(nlp_default, "European Union governments approved a new package of sanctions against Russia, "
                                "targeting its gas trade.")
    assert [(e.category, e.target.country) for e in found] == [("SANCTION", "RUS")]
    assert [e.category for e in events(nlp_default, "Israeli jets targeted Hamas positions in Gaza.")] == ["ASSAULT"]
    # staff fired are dismissed, not shot at: put out of their posts (PLOVER SANCTION, expel; session 71)
    assert [e.category for e in events(nlp_default, "Starbucks fired three baristas in Seattle on Thursday.")] \
        == ["SANCTION"]
    found = events(nlp_default, "Russia and China will hold joint naval exercises in the Sea of Japan next month.")
    assert [e.target.country for e in found] == ["CHN"]
    found = events(nlp_default, "China held naval drills in the Gulf of Thailand.")
    assert [(e.category, e.target) for e in found] == [("MOBILIZE", None)]


def test_one_citizen_or_tourist_is_a_civilian_of_their_state(nlp_default) -> None:
    found = events(nlp_default, "Iranian authorities detained a U.S. citizen, Evan Carlisle, in Tehran.")
    assert [(e.category, e.target.country, e.target.sector) for e in found] == [("COERCE", "USA", "CVL")]
    found = events(nlp_default, "Gunmen kidnapped a French tourist in Mali.")
    assert [(e.target.country, e.target.sector) for e in found] == [("FRA", "CVL")]


def test_a_boycott_is_a_protest(nlp_default) -> None:
    found = events(nlp_default, "Djibouti's opposition boycotted Friday's presidential election.")
    assert [(e.category, e.mode, e.source.country) for e in found] == [("PROTEST", "boycott", "DJI")]


def test_verbs_the_parser_read_as_modifiers_and_calls_for_a_state_to_act(nlp_default) -> None:
    found = events(nlp_default, "A Hong Kong court jailed activist Joshua Lam for 10 months.")
    assert [(e.category, e.target.name) for e in found] == [("COERCE", "Joshua Lam")]
    found = events(nlp_default, "The Arab League called for Israel to halt its offensive in Gaza.")
    assert [(e.category, e.target.country) for e in found] == [("REQUEST", "ISR")]


def test_named_sides_of_no_known_country_still_make_an_event(nlp_default) -> None:
    found = events(nlp_default, "Judge Anne Hollis criticised Graham Pettifer for betraying residents.")
    assert [(e.category, e.source.name, e.target.name) for e in found] == [
        ("ACCUSE", "Anne Hollis", "Graham Pettifer")]
    assert not events(nlp_default, "Defence officials cautioned the troops.")


def test_a_named_party_said_to_have_failed_or_ignored_is_accused(nlp_default) -> None:
    found = events(nlp_default, "The senator said the Pentagon had ignored repeated warnings.")
    assert [(e.category, e.target.country, e.target.sector) for e in found] == [("ACCUSE", "USA", "MIL")]
    assert not events(nlp_default, "Officials said the talks had failed.")


def test_a_source_requesting_anonymity_requests_nothing(nlp_default) -> None:
    found = events(nlp_default, "PUNE: A senior PMC official, requesting anonymity, said the pipeline would be ready "
                                "by March.")
    assert [e.category for e in found] == []


def test_a_state_stopping_its_own_work_sanctions_no_one(nlp_default) -> None:
    assert not events(nlp_default, "Pakistan suspended its polio campaign on Tuesday.")
    found = events(nlp_default, "France suspended its aid to Niger.")
    assert [(e.category, e.target.country) for e in found] == [("SANCTION", "NER")]


def test_a_dateline_and_a_description_before_a_name_do_not_hide_the_verb(nlp_default) -> None:
    found = events(nlp_default, "BUCHAREST — The opposition Social Democrats demanded the resignation of Health "
                                "Minister Radu Petrescu.")
    assert [(e.category, e.source.country, e.target.name) for e in found] == [("REQUEST", "ROU", "Radu Petrescu")]
    found = events(nlp_default, "LEEDS, England — Detectives arrested Karl Denton on Friday.")
    assert [(e.category, e.source.country, e.source.sector) for e in found] == [("COERCE", "GBR", "COP")]


def test_whom_a_group_calls_on_or_boycotts_never_calls(nlp_default) -> None:
    for text in ("Retail trade groups urged the White House to reconsider the tariffs.",
                 "Consumer groups called for a boycott of Coca-Cola."):
        assert all(e.source.name not in ("United States government", "Coca-Cola") for e in events(nlp_default, text))


def test_blame_of_a_named_groups_act_goes_to_the_group(nlp_default) -> None:
    found = events(nlp_default, "Berlin's interior senator condemned Letzte Chance's protest at the airport.")
    assert [(e.category, e.target.name) for e in found] == [("ACCUSE", "Letzte Chance")]
    found = events(nlp_default, "The governor of New Jersey called Nordvind's decision outrageous.")
    assert [(e.category, e.target.name) for e in found] == [("ACCUSE", "Nordvind")]


def test_a_plain_saying_that_charges_a_party_with_a_wrong_accuses_it(nlp_default) -> None:
    found = events(nlp_default, "Canadian Prime Minister Justin Trudeau said India had made a fundamental error.")
    assert [(e.category, e.source.country, e.target.country) for e in found] == [("ACCUSE", "CAN", "IND")]
    found = events(nlp_default, "Italy's prime minister responded that France's reaction was “aggressive”.")
    assert [(e.category, e.target.country) for e in found] == [("ACCUSE", "FRA")]
    found = events(nlp_default, "Opposition leader Raila Odinga said the government had failed the people of Kenya.")
    assert [(e.category, e.target.country, e.target.sector) for e in found] == [("ACCUSE", "KEN", "GOV")]


def test_a_conversation_by_phone_is_a_consultation(nlp_default) -> None:
    found = events(nlp_default, "In a phone call on Tuesday, Erdogan told Putin that Turkey backed the talks.")
    assert ("CONSULT", "phone", "Vladimir Putin") in [(e.category, e.mode, e.target.name) for e in found]


def test_heat_returning_to_a_deal_and_prices_charged_are_no_acts(nlp_default) -> None:
    assert not events(nlp_default, "Temperatures in Delhi hit 48.9 degrees on Sunday.")
    assert not events(nlp_default, "Putin said Moscow would return to the grain deal only if the West met its demands.")
    assert not events(nlp_default, "Smugglers had charged each migrant up to 3,000 euros, police said.")
    found = events(nlp_default, "Russia returned 90 prisoners of war to Ukraine.")
    assert [e.category for e in found] == ["RETREAT"]


def test_migrants_sent_away_are_deported_not_handed_back(nlp_default) -> None:
    for text in ("Hungary expelled two asylum seekers to Serbia.", "Spanish border guards returned 55 Moroccans to Morocco."):
        assert [(e.category, e.mode) for e in events(nlp_default, text)] == [("COERCE", "deport")], text
    assert [e.category for e in events(nlp_default, "Germany expelled two Russian diplomats.")] == ["SANCTION"]


def test_support_for_another_is_aimed_at_the_other(nlp_default) -> None:
    found = events(nlp_default, "Egyptian President Abdel Fattah al-Sisi reaffirmed Egypt's support for Sudan.")
    assert [(e.category, e.target.country) for e in found] == [("SUPPORT", "SDN")]


def test_an_office_holder_named_after_the_place_of_the_office_is_the_one_acted_on(nlp_default) -> None:
    found = events(nlp_default, "The EFCC has arrested a former governor of Kogi State, Yahaya Bello.")
    assert [(e.category, e.target.name) for e in found] == [("COERCE", "Yahaya Bello")]


def test_a_warning_that_someone_will_be_arrested_threatens_them(nlp_default) -> None:
    found = events(nlp_default, "Interior Minister Kipchumba Murkomen warned that protesters who block roads would "
                                "be arrested.")
    assert [(e.category, e.target.name) for e in found] == [("THREATEN", "protesters")]


def test_a_project_sanctioned_is_approved_and_a_clash_at_a_meeting_is_of_words(nlp_default) -> None:
    assert not events(nlp_default, "Norwegian operator Fjordstrand Energi has sanctioned the Nordvik gas development.")
    assert not events(nlp_default, "Saudi Arabia and Russia clashed at a meeting of OPEC+ ministers in Vienna.")
    assert [e.category for e in events(nlp_default, "The US sanctioned three Iranian oil companies.")] == ["SANCTION"]


def test_a_grant_announced_is_aid_and_bail_granted_frees_someone(nlp_default) -> None:
    found = events(nlp_default, "India announced a grant of INR 500 crore for reconstruction in Nepal.")
    assert [(e.category, e.source.country, e.target.country) for e in found] == [("AID", "IND", "NPL")]
    found = events(nlp_default, "A Pakistani court granted bail to Imran Khan.")
    assert [(e.category, e.target.name) for e in found] in ([("CONCEDE", "Imran Khan")], [("RETREAT", "Imran Khan")])


def test_a_vow_to_deepen_a_partnership_is_a_pledge_and_a_call_to_congratulate_a_phone_call(nlp_default) -> None:
    found = events(nlp_default, "Pakistan and China vowed to deepen their partnership.")
    assert [(e.category, e.source.country, e.target.country) for e in found] == [("AGREE", "PAK", "CHN")]
    found = events(nlp_default, "Tomás Errázuriz called Camila Rojas to congratulate her.")
    assert [(e.category, e.mode) for e in found] == [("CONSULT", "phone")]
    assert [e.category for e in events(nlp_default, "Iran vowed to retaliate against Israel.")] == ["THREATEN"]


def test_immunities_abused_are_a_wrong_charged_not_violence(nlp_default) -> None:
    found = events(nlp_default, "Mexico had abused its diplomatic immunities, the Ecuadorian ministry said.")
    assert [(e.category, e.source.country, e.target.country) for e in found] == [("ACCUSE", "ECU", "MEX")]


def test_a_title_named_in_apposition_is_the_one_accused(nlp_default) -> None:
    found = events(nlp_default, "Senator Aliyu Wadada accused the Minister of Works, Dave Umahi, of inflating road "
                                "contracts.")
    assert [(e.category, e.source.name, e.target.name) for e in found] == [("ACCUSE", "Aliyu Wadada", "Dave Umahi")]


def test_criticism_in_set_words_after_a_plain_saying_accuses(nlp_default) -> None:
    found = events(nlp_default, "Georgia's ruling party said the EU measures were “blackmail” and that Tbilisi would "
                                "not change course.")
    assert [(e.category, e.target.country) for e in found][:1] == [("ACCUSE", "IGO")]
    found = events(nlp_default, "Honduran President Xiomara Castro said the US ambassador’s remarks were "
                                "“interventionist.”")
    assert [(e.category, e.target.country) for e in found] == [("ACCUSE", "USA")]
    found = events(nlp_default, "Opposition lawmaker Ruth Luque Ibarra said Congress had “protected corruption.”")
    assert [(e.category, e.target.name) for e in found] == [("ACCUSE", "Congress")]


def test_a_named_speaker_accusing_a_group_its_sector_names_is_an_event(nlp_default) -> None:
    found = events(nlp_default, "Prime Minister Oliver Drake accused the Opposition of having no plan.")
    assert [(e.category, e.target.sector) for e in found] == [("ACCUSE", "OPP")]


def test_unnamed_police_are_of_the_country_the_story_has_been_about(nlp_default) -> None:
    found = events(nlp_default, "Riots swept through Algeria on Monday. Police arrested 312 people.")
    assert ("COERCE", "DZA", "COP") in [(e.category, e.source.country, e.source.sector) for e in found]


def test_a_budget_passed_is_lawmaking_not_a_concession(nlp_default) -> None:
    assert not events(nlp_default, "The Bundestag approved the 2025 federal budget on Friday.")


def test_a_name_before_a_division_government_places_it_whatever_the_tagger_called_it(nlp_default) -> None:
    found = events(nlp_default, "Sipho Ndlovu criticised the Gauteng provincial government.")
    assert [(e.category, e.target.country, e.target.name) for e in found] == [
        ("ACCUSE", "ZAF", "South African government")]


def test_relief_carried_by_a_ship_sent_is_aid(nlp_default) -> None:
    found = events(nlp_default, "The UAE sent a ship carrying food and medical supplies to Gaza.")
    assert [(e.category, e.source.country, e.target.country) for e in found] == [("AID", "ARE", "PSE")]
    found = events(nlp_default, "Turkey dispatched a plane loaded with tents and blankets to Syria.")
    assert [(e.category, e.source.country, e.target.country) for e in found] == [("AID", "TUR", "SYR")]


def test_a_capital_before_a_court_or_police_is_its_states_body_of_that_sector(nlp_default) -> None:
    found = events(nlp_default, "A Moscow court sentenced the activist to five years.")
    assert [(e.source.country, e.source.sector) for e in found] == [("RUS", "JUD")]
    found = events(nlp_default, "Moscow police detained 20 protesters.")
    assert [(e.category, e.source.name, e.source.sector) for e in found] == [("COERCE", "Russian police", "COP")]
    found = events(nlp_default, "Moscow rejected the proposal.")
    assert [(e.source.country, e.source.sector) for e in found] == [("RUS", "GOV")]


def test_workers_stopping_work_or_laying_down_tools_strike(nlp_default) -> None:
    found = events(nlp_default, "Junior doctors at government hospitals across West Bengal stopped work on Friday.")
    assert [(e.category, e.source.country) for e in found] == [("PROTEST", "IND")]
    found = events(nlp_default, "Dockworkers in Chile laid down their tools on Tuesday.")
    assert [(e.category, e.source.country) for e in found] == [("PROTEST", "CHL")]
    assert not [e for e in events(nlp_default, "A court in Kenya ordered the company to stop work on the dam.")
                if e.category == "PROTEST"]


def test_an_adjective_vader_rates_strongly_negative_condemns_what_it_names(nlp_default) -> None:
    found = events(nlp_default, 'Amazon called the FTC lawsuit "wrong on the facts and the law."')
    assert [(e.category, e.source.name, e.target.name) for e in found] == [
        ("ACCUSE", "Amazon", "Federal Trade Commission")]
    found = events(nlp_default, "Germany called the Russian decision arrogant.")
    assert [(e.category, e.target.country) for e in found] == [("ACCUSE", "RUS")]
    assert not events(nlp_default, "Germany called the Russian decision surprising.")


def test_missiles_launched_against_a_state_attack_it(nlp_default) -> None:
    found = events(nlp_default, "Russia launched two ballistic missiles against Ukraine overnight.")
    assert [(e.category, e.source.country, e.target.country) for e in found] == [("ASSAULT", "RUS", "UKR")]
    found = events(nlp_default, "North Korea launched two ballistic missiles into the sea.")
    assert [(e.category, e.mode) for e in found] == [("MOBILIZE", "weapons")]


def test_a_demonym_before_a_bodys_name_makes_it_that_states_own(nlp_default) -> None:
    found = events(nlp_default, "Ukraine criticised the Russian Security Council.")
    assert [(e.target.name, e.target.country) for e in found] == [("Russian Security Council", "RUS")]
    found = events(nlp_default, "The UN Security Council condemned the attack.")
    assert [e.source.country for e in found] == ["IGO"]


def test_suspects_shot_by_police_are_criminals_not_the_government(nlp_default) -> None:
    found = events(nlp_default, "Police shot dead three suspects in Caloocan City.")
    assert [(e.category, e.target.country, e.target.sector) for e in found] == [("ASSAULT", "PHL", "CRM")]


def test_a_regulator_ordering_a_company_demands_as_a_court_does(nlp_default) -> None:
    found = events(nlp_default, "Japan's Fair Trade Commission ordered Google to stop requiring smartphone makers to "
                                "preinstall its apps.")
    assert [(e.category, e.source.country, e.target.name) for e in found] == [("REQUEST", "JPN", "Google")]
    found = events(nlp_default, "The European Commission ordered Apple to allow rival app stores on the iPhone.")
    assert [(e.category, e.target.name) for e in found] == [("REQUEST", "Apple")]


def test_a_state_taking_a_companys_assets_confiscates(nlp_default) -> None:
    found = events(nlp_default, "Venezuela expropriated the assets of ExxonMobil.")
    assert [(e.category, e.mode, e.source.country, e.target.name) for e in found] == [
        ("COERCE", "seize", "VEN", "ExxonMobil")]
    assert [e.category for e in events(nlp_default, "Bolivia nationalised the lithium contracts of a Chinese "
                                                    "consortium.")] == ["COERCE"]


def test_a_thing_held_hostage_is_a_figure_of_speech(nlp_default) -> None:
    assert not events(nlp_default, 'Hassan al-Jubouri said: "Ankara is holding our oil hostage."')
    found = events(nlp_default, "Gunmen took 20 tourists hostage in Mali.")
    assert [(e.category, e.mode) for e in found] == [("ASSAULT", "abduct")]


def test_an_act_looked_back_at_home_is_the_earlier_other_party_of_that_state(nlp_default) -> None:
    found = events(nlp_default, "Punjab police arrested 40 PTI workers on Sunday. PTI leader Hammad Akram condemned "
                                "the arrests.")
    assert ("ACCUSE", "Hammad Akram", "Pakistani police") in [(e.category, e.source.name, e.target.name) for e in found]
    found = events(nlp_default, "The Indian government announced new visa rules on Monday. Minister Dharmendra Pradhan "
                                "defended the decision.")
    assert [(e.category, e.target) for e in found] == [("SUPPORT", None)]


def test_a_name_read_as_the_head_of_its_own_sentence_acts(nlp_default) -> None:
    found = events(nlp_default, "ECOWAS lifted sanctions on Niger.")
    assert [(e.category, e.source.name, e.target.country) for e in found] == [("CONCEDE", "ECOWAS", "NER")]


def test_suspending_parliament_coerces(nlp_default) -> None:
    found = events(nlp_default, "Tunisian President Kais Saied suspended parliament.")
    assert [(e.category, e.source.name) for e in found] == [("COERCE", "Kais Saied")]


def test_what_one_should_do_is_not_done(nlp_default) -> None:
    found = events(nlp_default, 'Wang Yi said the countries should "reject bloc confrontation."')
    assert all(e.hypothetical for e in found if e.category == "REJECT")


def test_a_partys_name_is_no_town(nlp_default) -> None:
    assert all(e.source.country != "IND" for e in events(nlp_default, "The Morena party rejected the reform."))
    found = events(nlp_default, "Mexico's Morena party rejected the reform.")
    assert [(e.category, e.source.country, e.source.sector) for e in found] == [("REJECT", "MEX", "PTY")]


def test_threats_and_blame_in_set_words_of_reported_speech(nlp_default) -> None:
    for text, category in (('Kim Yo Jong said Seoul would pay a "horrible price."', "THREATEN"),
                           ('Dong Jun said anyone who tried to split Taiwan from China would be "crushed to pieces."',
                            "THREATEN"),
                           ("China said it would take all necessary measures against Japan.", "THREATEN"),
                           ("The ministry said Tokyo bears full responsibility for the incident.", "ACCUSE"),
                           ("Kenya's opposition said President William Ruto's decision was \"an attack on democracy\".",
                            "ACCUSE"),
                           ("The EU said the election in Belarus was not credible.", "ACCUSE")):
        assert category in [e.category for e in events(nlp_default, text)], text
    assert not events(nlp_default, "Observers said the vote was free and fair.")


def test_export_controls_placed_or_restrictions_expanded_sanction(nlp_default) -> None:
    found = events(nlp_default, "China's Commerce Ministry placed export controls on five U.S. defense companies.")
    assert [(e.category, e.source.country, e.target.country) for e in found] == [("SANCTION", "CHN", "USA")]
    found = events(nlp_default, "The EU expanded its sanctions on Russia.")
    assert [(e.category, e.target.country) for e in found] == [("SANCTION", "RUS")]


def test_a_person_whose_surname_is_a_word_meets(nlp_default) -> None:
    found = events(nlp_default, "U.S. Secretary of State Daniel Price met Prime Minister Pham Minh Chinh in Hanoi.")
    assert [(e.category, e.source.name, e.target.name) for e in found] == [
        ("CONSULT", "Daniel Price", "Pham Minh Chinh")]


def test_a_person_coming_home_gives_nothing_back(nlp_default) -> None:
    assert not events(nlp_default, "Thaksin Shinawatra returned to Thailand on Tuesday.")
    assert [e.category for e in events(nlp_default, "Russia returned 12 Ukrainian children to Kyiv.")] == ["RETREAT"]


def test_a_person_at_the_head_is_not_the_one_in_their_apposition(nlp_default) -> None:
    found = events(nlp_default, "Imamoglu, President Tayyip Erdogan's main rival, was detained on Wednesday.")
    assert [(e.category, e.target.name) for e in found] == [("COERCE", "Ekrem Imamoglu")]


def test_the_one_a_charge_is_about_never_makes_it(nlp_default) -> None:
    found = events(nlp_default, "Thaksin Shinawatra returned to Thailand on Tuesday. Critics accused the government "
                                "of preparing special treatment for him.")
    assert [(e.category, e.source.name) for e in found] == [("ACCUSE", "Critics")]


def test_a_known_name_inside_a_longer_one_is_not_that_body(nlp_default) -> None:
    found = events(nlp_default, "The Department of State Services arrested activist Omoyele Adewale in Lagos.")
    assert [(e.category, e.source.country) for e in found] == [("COERCE", "NGA")]
    found = events(nlp_default, "The Department of State criticised the verdict in Moscow.")
    assert [e.source.country for e in found] == ["USA"]


def test_a_strike_called_an_act_of_terror_is_condemned(nlp_default) -> None:
    found = events(nlp_default, 'Zelensky called the strike "another act of terror."')
    assert [e.category for e in found] == ["ACCUSE"]


def test_an_acronym_in_capitals_is_no_weather(nlp_default) -> None:
    found = events(nlp_default, "ICE arrested six demonstrators in Portland.")
    assert [(e.category, e.source.cameo) for e in found] == [("COERCE", "USACOP")]


def test_speaking_highly_or_affirming_support_supports(nlp_default) -> None:
    found = events(nlp_default, "Putin spoke highly of Xi Jinping.")
    assert [(e.category, e.target.name) for e in found] == [("SUPPORT", "Xi Jinping")]
    found = events(nlp_default, "The minister stressed Egypt's support for the Palestinian people.")
    assert [e.category for e in found] == ["SUPPORT"]
    assert [e.category for e in events(nlp_default, "Putin spoke with Xi Jinping by phone.")] == ["CONSULT"]


def test_countermeasures_decided_sanction_and_resolute_measures_threaten(nlp_default) -> None:
    found = events(nlp_default, "China has decided to impose countermeasures on seven U.S. defense companies over arms "
                                "sales to Taiwan.")
    assert [(e.category, e.target.country) for e in found] == [("SANCTION", "USA")]
    found = events(nlp_default, "Lin Jian said China will take resolute and forceful measures against Japan.")
    assert "THREATEN" in [e.category for e in found]


def test_cooperation_stopped_or_ended_cuts_relations(nlp_default) -> None:
    found = events(nlp_default, "Mexico stopped cooperating with the United States on deportations.")
    assert [(e.category, e.source.country, e.target.country) for e in found] == [("SANCTION", "MEX", "USA")]
    found = events(nlp_default, "Niger ended military cooperation with France on Thursday.")
    assert [(e.category, e.target.country) for e in found] == [("SANCTION", "FRA")]


def test_no_help_given_is_negated_and_png_is_papua_new_guinea(nlp_default) -> None:
    found = events(nlp_default, "Ukraine had provided no help to the rebels, a rebel spokesman said.")
    assert found and all(e.negated for e in found if e.category == "AID")
    found = events(nlp_default, "PNG Treasurer Ian Ling-Stuckey urged China to cancel the debt.")
    assert [(e.category, e.source.country, e.target.country) for e in found] == [("REQUEST", "PNG", "CHN")]


def test_an_appeal_to_no_one_is_a_courts_matter(nlp_default) -> None:
    assert not events(nlp_default, "Zibeyda Sadigova told AFP they would appeal.")
    found = events(nlp_default, "Kenya appealed to the United States for help.")
    assert [(e.category, e.target.country) for e in found] == [("REQUEST", "USA")]


def _coded(nlp, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.category, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in events(nlp, text) if not e.negated]


def test_a_trial_called_a_sham_is_criticism_of_the_states_judiciary(nlp_default) -> None:
    found = events(nlp_default, "Peru's opposition called the case \"a political vendetta\".")
    assert [(e.category, e.target.country) for e in found] == [("ACCUSE", "PER")]
    text = "Former Peruvian president Alejandro Rojas was indicted. His party said the trial was a travesty."
    assert ("ACCUSE", "PER", "PER") in _coded(nlp_default, text)
    text = "Peru's opposition said on Monday: \"The trial was a travesty.\""
    assert [(e.category, e.target.country) for e in events(nlp_default, text)] == [("ACCUSE", "PER")]
    found = events(nlp_default, "The opposition said the charges against Imamoglu were politically motivated.")
    assert [e.category for e in found] == ["ACCUSE"]
    text = ("Five jailed members of the opposition Ata-Meken party began a hunger strike on Tuesday to protest against "
            "what they called politically motivated charges, their lawyer told AFP.")
    assert "ACCUSE" not in [e.category for e in events(nlp_default, text)]


def test_a_place_named_after_a_company_is_no_company_and_a_pledge_to_protect_no_threat(nlp_default) -> None:
    assert _coded(nlp_default, "Brazil vowed to protect the Amazon rainforest.") == [("AGREE", "BRA", None)]


def test_a_passive_joined_to_another_shares_its_agent(nlp_default) -> None:
    found = events(nlp_default, "Greta Thunberg was detained and later released by Dutch police.")
    assert [(e.category, e.source.name, e.target.name) for e in found][:1] == [
        ("COERCE", "Dutch police", "Greta Thunberg")]
    assert all(e.source.name == "Dutch police" for e in found)


def test_states_clashing_over_a_policy_quarrel_and_do_not_fight(nlp_default) -> None:
    assert _coded(nlp_default, "France and Germany have clashed again over nuclear power.") == []
    assert [c for c, _, _ in _coded(nlp_default, "Police clashed with protesters over the weekend in Lagos.")] == [
        "ASSAULT"]


def test_activists_gluing_themselves_protest(nlp_default) -> None:
    found = _coded(nlp_default, "Climate activists glued themselves to the entrance of OPEC's headquarters in Vienna.")
    assert [c for c, _, _ in found] == ["PROTEST"]


def test_a_deployment_announced_mobilizes(nlp_default) -> None:
    found = _coded(nlp_default, "India announced the deployment of 5,000 troops along the border with Bangladesh.")
    assert [(c, s) for c, s, _ in found] == [("MOBILIZE", "IND")]


def test_an_attack_a_foreign_state_tells_of_is_on_that_state(nlp_default) -> None:
    found = _coded(nlp_default, "Pakistan's military spokesman said India had targeted mosques.")
    assert ("ASSAULT", "IND", "PAK") in found


def test_whoever_tells_of_a_killing_in_the_passive_did_not_do_it(nlp_default) -> None:
    text = "Atlanta police say a man who was shot dead outside a nightclub was an innocent bystander."
    assert not [e for e in events(nlp_default, text) if e.category == "ASSAULT"]
    found = events(nlp_default, "Ousmane Sonko was arrested in Dakar, police said.")
    assert [(e.category, e.source.sector) for e in found] == [("COERCE", "COP")]


def test_state_agencies_and_sheriffs_deputies_have_their_sectors(nlp_default) -> None:
    found = events(nlp_default, "Nigeria's anti-graft agency arraigned former central bank governor Godwin Emefiele.")
    assert [(e.source.country, e.source.sector) for e in found] == [("NGA", "GOV")]
    found = events(nlp_default, "Sheriff's deputies arrested two men in Tulsa.")
    assert [(e.source.country, e.source.sector) for e in found] == [("USA", "COP")]


def test_a_word_of_condemnation_in_a_joined_statement_is_not_what_was_described(nlp_default) -> None:
    text = ('Indian External Affairs Minister Vikram Nair described the meeting as "cordial" but said terrorism '
            'remained the core issue.')
    assert not events(nlp_default, text)


def test_refusing_to_comply_or_to_grant_permission_rejects(nlp_default) -> None:
    found = _coded(nlp_default, "The UK government said it would not grant permission for another referendum.")
    assert [(c, s) for c, s, _ in found] == [("REJECT", "GBR")]
    assert _coded(nlp_default, "Iran complied with the IAEA's demands.") == [("CONCEDE", "IRN", "IGO")]


def test_security_forces_a_party_tells_of_detain_not_the_party(nlp_default) -> None:
    found = events(nlp_default, "Zimbabwe's opposition party said security forces had detained its spokesman, Tendai Moyo.")
    assert [(e.category, e.source.country, e.source.sector) for e in found] == [("COERCE", "ZWE", "MIL")]


def test_calling_someone_to_offer_congratulations_is_a_call(nlp_default) -> None:
    found = events(nlp_default, "Macron called Zelensky to offer his condolences.")
    assert [(e.category, e.mode) for e in found] == [("CONSULT", "phone")]


def test_a_public_warned_to_take_care_is_threatened_by_no_one(nlp_default) -> None:
    assert not events(nlp_default, "The Food and Drug Administration warned consumers not to use ClearView eye drops.")
    assert _coded(nlp_default, "Iran warned Israel not to attack its nuclear sites.") == [("THREATEN", "IRN", "ISR")]


def test_a_surname_of_a_king_known_by_one_name_is_no_king_and_a_name_no_place(nlp_default) -> None:
    found = events(nlp_default, "Police spokesman Abdifatah Aden Hassan said security forces killed five attackers.")
    assert not [e for e in found if "MAR" in (e.source.country, e.target.country if e.target else None)
                or e.source.country == "YEM"]
    assert _coded(nlp_default, "King Hassan said Morocco would not yield.")[0][1] == "MAR"


def test_a_state_speaking_of_the_militia_speaks_of_its_enemy(nlp_default) -> None:
    text = '"The militia is deliberately targeting civilians," said the Sudanese army spokesman.'
    assert not [e for e in events(nlp_default, text) if e.source.sector in ("GOV", "MIL")]
    found = events(nlp_default, "Hezbollah said the group had targeted an Israeli base.")
    assert [(e.category, e.source.name) for e in found] == [("ASSAULT", "Hezbollah")]


def test_one_commands_joint_drills_mobilize_and_two_states_cooperate(nlp_default) -> None:
    found = _coded(nlp_default, "China's Eastern Theater Command launched joint military drills around Taiwan on Monday.")
    assert [(c, s) for c, s, _ in found] == [("MOBILIZE", "CHN")]
    assert _coded(nlp_default, "Russia and China began joint drills in the Sea of Japan.") == [("COOPERATE", "RUS", "CHN")]


def test_a_vessel_said_to_have_intruded_illegally_is_accused(nlp_default) -> None:
    text = "China's foreign ministry said the Philippine vessel had illegally intruded into Chinese waters."
    assert _coded(nlp_default, text) == [("ACCUSE", "CHN", "PHL")]


def test_regretting_anothers_act_criticises_and_ones_own_mistake_does_not(nlp_default) -> None:
    assert _coded(nlp_default, "Seoul deeply regrets North Korea's threatening rhetoric.") == [("ACCUSE", "KOR", "PRK")]
    assert not events(nlp_default, "Japan deeply regrets its mistake.")


def test_treating_someone_with_contempt_is_a_charge_and_garda_is_irish_police(nlp_default) -> None:
    text = "Scottish First Minister Fiona Drummond said the UK government was treating Scotland with contempt."
    assert [c for c, _, _ in _coded(nlp_default, text)] == ["ACCUSE"]
    found = events(nlp_default, "Gardaí arrested six people in Dublin.")
    assert [(e.category, e.source.country, e.source.sector) for e in found] == [("COERCE", "IRL", "COP")]


def test_a_region_named_after_its_town_is_its_states(nlp_default) -> None:
    assert _coded(nlp_default, "Ukrainian drones attacked the Kursk region overnight.") == [("ASSAULT", "UKR", "RUS")]


def test_a_states_own_security_council_is_no_un_body(nlp_default) -> None:
    text = "Dmitry Medvedev, deputy chairman of Russia's Security Council, threatened Lithuania."
    assert _coded(nlp_default, text) == [("THREATEN", "RUS", "LTU")]


def test_a_meeting_promised_is_no_threat_and_disruption_foreseen_no_threat(nlp_default) -> None:
    text = "Irish Taoiseach Mary Lyons said she would meet all party leaders next week."
    assert [c for c, _, _ in _coded(nlp_default, text)] == ["AGREE"]
    assert not events(nlp_default, "Irish business group Ibec has warned that Irish exporters face fresh disruption.")


def test_a_warning_of_what_others_are_doing_is_no_threat(nlp_default) -> None:
    text = "Raoni Metuktire warned that illegal miners were invading Yanomami lands in Brazil."
    assert "THREATEN" not in [e.category for e in events(nlp_default, text)]
    assert _coded(nlp_default, "Iran warned that Israel would face a harsh response.") == [("THREATEN", "IRN", "ISR")]


def test_a_package_of_ammunition_provided_is_aid_and_a_province_of_two_words_its_states(nlp_default) -> None:
    text = "The United States provided Ukraine with a $400 million package of ammunition."
    assert _coded(nlp_default, text) == [("AID", "USA", "UKR")]
    text = "Chinese artillery shelled villages in Ha Tuyen province on Monday, the Vietnam News Agency reported."
    assert [t for _, _, t in _coded(nlp_default, text)] == ["VNM"]


def _roles(nlp, text: str) -> list[tuple[str, str | None, str | None]]:
    """Each event's category and the names of its source and target."""
    return [(e.category, e.source.name if e.source else None, e.target.name if e.target else None)
            for e in events(nlp, text) if not e.negated]


def test_a_businesss_staff_strike_against_it_not_the_state_its_name_echoes(nlp_default) -> None:
    assert _roles(nlp_default, "Air Canada flight attendants went on strike early on Saturday.") == [
        ("PROTEST", "Air Canada flight attendants", "Air Canada")]
    assert _roles(nlp_default, "Boeing machinists rejected the company's latest contract offer on Wednesday.") == [
        ("REJECT", "Boeing machinists", "Boeing")]
    assert _roles(nlp_default, "Workers at Samsung's plant in Chennai went on strike.") == [
        ("PROTEST", "Samsung workers", "Samsung")]
    # a union named after its kind is labour, no government
    found = events(nlp_default, "Dutch union FNV called a strike at rail operator NS.")
    assert [(e.category, e.source.name, e.source.country, e.source.sector) for e in found] == [
        ("PROTEST", "FNV", "NLD", "LAB")]
    # a protest against someone else keeps its target
    found = events(nlp_default, "Workers at Samsung's plant in Chennai protested against the Indian government.")
    assert [(e.target.country, e.target.sector) for e in found] == [("IND", "GOV")]


def test_a_demand_on_a_union_or_a_carmaker_of_no_country_is_an_event(nlp_default) -> None:
    assert _roles(nlp_default, "Shipping Minister Christos Stylianides called on the union to reconsider.") == [
        ("REQUEST", "Christos Stylianides", "union")]
    assert _roles(nlp_default, "UAW president Shawn Fain accused the automakers of stalling negotiations.") == [
        ("ACCUSE", "Shawn Fain", "automakers")]


def test_people_counted_are_civilians_and_the_town_they_march_in_is_no_target(nlp_default) -> None:
    found = events(nlp_default, "Thousands of Kenyans marched in Nairobi.")
    assert [(e.source.name, e.target.name) for e in found] == [("Kenyan civilians", "Kenyan government")]
    found = events(nlp_default, "Protesters marched through Nairobi.")
    assert [e.target.name for e in found] == ["Kenyan government"]
    # what a march protests still names its target
    found = events(nlp_default, "Hundreds of Iraqis demonstrated in Baghdad against the Turkish incursion.")
    assert [e.target.country for e in found] == ["TUR"]


def test_an_envoy_recalled_is_recalled_from_the_state_it_was_sent_to(nlp_default) -> None:
    text = "Israel's foreign minister Israel Katz recalled Israel's ambassador to Madrid in protest."
    assert [(c, t) for c, _, t in _coded(nlp_default, text)] == [("SANCTION", "ESP")]


def test_a_warning_of_what_things_will_do_is_no_threat(nlp_default) -> None:
    for text in ("The Qatari prime minister warned that the gaps remained significant.",
                 "King Abdullah warned that a Rafah offensive would produce a catastrophe.",
                 "Mario Draghi warned that the bloc faced a slow agony without massive investment."):
        assert "THREATEN" not in [e.category for e in events(nlp_default, text)], text
    assert [c for c, _, _ in _coded(nlp_default, "Iran warned that it would respond forcefully to any attack.")] \
        == ["THREATEN"]


def test_the_group_is_the_armed_group_named_before_it(nlp_default) -> None:
    text = "Israeli aircraft struck Hezbollah targets in southern Lebanon, after the group fired rockets into Israel."
    found = _roles(nlp_default, text)
    assert ("ASSAULT", "Hezbollah", "Israel") in found and ("ASSAULT", "Israeli military", "Hezbollah") in found


def test_a_name_opening_its_sentence_parsed_as_an_adverbial_is_the_subject(nlp_default) -> None:
    found = events(nlp_default, "FIFA banned the Spanish federation president Luis Rubiales for three years.")
    assert [(e.category, e.source.name, e.target.name) for e in found] == [("COERCE", "FIFA", "Luis Rubiales")]


def test_athletes_are_civilians_and_a_building_named_after_its_town_is_there(nlp_default) -> None:
    found = events(nlp_default, "The IOC banned Russian athletes from the Games.")
    assert [(e.target.country, e.target.sector) for e in found] == [("RUS", "CVL")]
    found = events(nlp_default, "Police arrested 23 protesters outside Atlanta City Hall on Monday.")
    assert [(e.category, e.source.country, e.source.sector) for e in found] == [("COERCE", "USA", "COP")]


def test_an_opposition_leader_the_dictionary_knows_in_office_is_of_the_opposition(nlp_default) -> None:
    found = events(nlp_default, "Senegalese police arrested opposition leader Ousmane Sonko.")
    assert [(e.target.name, e.target.country, e.target.sector) for e in found] == [("Ousmane Sonko", "SEN", "OPP")]


def test_welcoming_a_leader_to_a_capital_hosts_a_visit(nlp_default) -> None:
    text = "Hungarian Prime Minister Viktor Orban welcomed Benjamin Netanyahu to Budapest on Thursday."
    assert _coded(nlp_default, text) == [("CONSULT", "HUN", "ISR")]
    assert [c for c, _, _ in _coded(nlp_default, "Viktor Orban welcomed Netanyahu's decision.")] == ["SUPPORT"]


def test_a_treaty_named_after_a_city_is_not_that_citys_state(nlp_default) -> None:
    for text in ("Lithuania withdrew from the Ottawa Convention.", "The United States withdrew from the Paris Agreement."):
        assert not [e for e in events(nlp_default, text) if e.target is not None and e.target.country in ("CAN", "FRA")]


def test_an_attacker_no_one_names_is_named_for_where_it_struck_and_the_people_killed_are_the_target(nlp_default) -> None:
    found = events(nlp_default, "Two soldiers were wounded in the confrontation near the town of Apatzingan.")
    assert [(e.source.name, e.source.country) for e in found] == [("unknown attackers (Apatzingan)", "MEX")]
    found = events(nlp_default, "Gunmen killed five people in Sinaloa on Tuesday.")
    assert [(e.target.name, e.target.country, e.target.sector) for e in found] == [("people (Sinaloa)", "MEX", "CVL")]
    # a plaza or a temple is no town: "Plaza de Mayo" is Argentina's, whatever Plaza GeoNames knows
    text = "Mothers of the disappeared marched in silence around the Plaza de Mayo in Buenos Aires on Thursday."
    assert all(e.source.country == "ARG" for e in events(nlp_default, text))


def test_a_union_facing_a_business_is_of_its_state_and_walking_off_the_job_strikes(nlp_default) -> None:
    assert _roles(nlp_default, "The union accused Samsung management of ignoring its demands.") == [
        ("ACCUSE", "union", "Samsung")]
    assert _roles(nlp_default, "Workers at Amazon's warehouse in Staten Island walked off the job on Friday.") == [
        ("PROTEST", "Amazon workers", "Amazon")]


def test_a_national_of_a_state_is_one_of_its_people(nlp_default) -> None:
    found = events(nlp_default, "Norwegian police arrested a Russian national near an air base.")
    assert [(e.target.country, e.target.sector) for e in found] == [("RUS", "CVL")]


def test_a_wars_warring_parties_are_its_armed_sides(nlp_default) -> None:
    found = events(nlp_default, "The African Union called on Sudan's warring parties to agree a ceasefire.")
    assert [(e.category, e.target.country, e.target.sector) for e in found] == [("REQUEST", "SDN", "MIL")]


def test_people_fired_at_are_the_target_not_the_town(nlp_default) -> None:
    found = events(nlp_default, "Police fired tear gas at protesters in Port Sudan.")
    assert [(e.target.country, e.target.sector) for e in found] == [("SDN", "OPP")]
    found = events(nlp_default, "Soldiers opened fire on demonstrators in Khartoum.")
    assert [(e.target.name, e.target.sector) for e in found] == [("demonstrators (Khartoum)", "OPP")]


def test_a_persons_supporters_are_not_the_person_and_a_town_of_two_words_is_whole(nlp_default) -> None:
    text = "Supporters of Rodrigo Duterte rallied in Davao on Friday to demand his return from The Hague."
    assert [(e.source.name, e.source.country, e.source.sector) for e in events(nlp_default, text)] == [
        ("supporters of Rodrigo Duterte", "PHL", "CVL")]
    found = events(nlp_default, "Police in Novi Sad detained ten activists on Friday.")
    assert [(e.source.name, e.target.name) for e in found] == [("police (Novi Sad)", "activists (Novi Sad)")]


def test_him_urged_is_the_man_named_before_and_a_surname_that_is_a_state_is_no_state(nlp_default) -> None:
    text = "Olaf Scholz met Christian Lindner on Tuesday. Scholz urged him to back the budget."
    assert ("REQUEST", "Olaf Scholz", "Christian Lindner") in _roles(nlp_default, text)
    found = events(nlp_default, "Finance Minister Sinisa Mali welcomed the IMF loan.")
    assert [(e.source.name, e.source.country) for e in found] == [("Sinisa Mali", None)]


def test_those_who_act_with_the_source_are_no_target(nlp_default) -> None:
    found = events(nlp_default, "The United States and Britain offered condolences.")
    assert [(e.category, e.source.country, e.target) for e in found] == [("SUPPORT", "USA", None)]
    found = events(nlp_default, "South Africa, Malawi and Tanzania contributed troops to the mission.")
    assert [e.target.country for e in found if e.target is not None] in ([], ["ZAF"])
    assert _roles(nlp_default, "Joe Biden and Ursula von der Leyen agreed a deal.") == [
        ("AGREE", "Joe Biden", "Ursula von der Leyen")]


def test_a_union_described_by_its_apposition_and_a_shadow_minister(nlp_default) -> None:
    found = events(nlp_default, "Unite, Britain's largest union, has threatened to withdraw funding from Labour.")
    assert [(e.category, e.source.name, e.source.country, e.source.sector) for e in found] == [
        ("THREATEN", "Unite", "GBR", "LAB")]
    found = events(nlp_default, "Labour's shadow home secretary Yvette Cooper accused the government of failing.")
    assert [(e.source.name, e.source.sector) for e in found] == [("Yvette Cooper", "OPP")]


def test_calling_someone_names_on_a_day_condemns_them(nlp_default) -> None:
    found = events(nlp_default, 'Argentine President Javier Milei on Tuesday called Brazil\'s Lula "a corrupt '
                                'communist."')
    assert [(e.category, e.source.country, e.target.country) for e in found] == [("ACCUSE", "ARG", "BRA")]


def test_authorities_asked_to_act_and_his_government_is_the_speakers(nlp_default) -> None:
    found = events(nlp_default, "Taliban spokesman Zabihullah Mujahid asked Pakistani authorities to reconsider the "
                                "deportation plan.")
    assert [(e.category, e.source.country, e.target.country) for e in found] == [("REQUEST", "AFG", "PAK")]
    assert events(nlp_default, "She asked reporters to leave the room.") == []
    found = events(nlp_default, "DOHA — Afghan defence minister Mullah Mohammad Yaqoob said his government was ready "
                                "to cooperate with Pakistan.")
    assert [(e.source.country, e.source.sector) for e in found] == [("AFG", "GOV")]


def test_a_town_whose_last_words_name_a_person_is_a_town(nlp_default) -> None:
    found = events(nlp_default, "Militants rammed a truck into a military post in Dera Ismail Khan, the army said.")
    assert [(e.category, e.source.country, e.source.sector) for e in found] == [("ASSAULT", "PAK", "REB")]


def test_a_force_named_before_its_place_and_a_danger_that_threatens(nlp_default) -> None:
    found = events(nlp_default, "Police Scotland has arrested former SNP chief executive Peter Murrell.")
    assert [(e.category, e.source.name, e.source.cameo) for e in found] == [("COERCE", "Police Scotland", "GBRCOP")]
    assert events(nlp_default, 'Apple said the lawsuit threatened "who we are."') == []


def test_where_someone_now_lives_is_not_whose_they_are(nlp_default) -> None:
    found = events(nlp_default, "A Moscow court sentenced Abbas Gallyamov, who now lives in Israel, to eight years "
                                "in prison.")
    assert [(e.source.country, e.target.name, e.target.country) for e in found] == [
        ("RUS", "Abbas Gallyamov", "RUS")]


def test_who_brokered_or_made_a_thing_is_not_whose_it_is(nlp_default) -> None:
    found = events(nlp_default, "Lebanon and Israel agreed to a US-brokered ceasefire on Wednesday.")
    assert [(e.category, e.source.country, e.target.country) for e in found] == [("AGREE", "LBN", "ISR")]
    found = events(nlp_default, "The rebels shot down a Russian-made helicopter.")
    assert all(e.source is None or e.source.country != "RUS" for e in found)


def test_what_someone_is_accused_of_plotting_is_no_act(nlp_default) -> None:
    text = ("The House of Representatives impeached Vice President Sara Duterte, accusing her of plotting to "
            "assassinate President Ferdinand Marcos Jr.")
    # the impeachment itself stands beside the charge since session 61 (an act done on stated grounds is kept)
    assert [e.category for e in events(nlp_default, text)] in (["ACCUSE"], ["COERCE", "ACCUSE"])


def test_whither_people_are_sent_and_help_pledged_and_where_a_company_is_based(nlp_default) -> None:
    found = events(nlp_default, "Nicaragua's government expelled two Catholic priests to Rome on Saturday.")
    assert [e.target.country for e in found] == ["NIC"]
    found = events(nlp_default, "Kenya's President William Ruto pledged to deploy 1,000 police officers to Haiti.")
    assert [(e.category, e.target.country) for e in found] == [("AGREE", "HTI")]
    found = events(nlp_default, "Britain sanctioned a Wuhan-based front company.")
    assert [(e.category, e.target.country) for e in found] == [("SANCTION", "CHN")]


def test_an_agency_whose_initials_spell_a_force_of_nature_acts(nlp_default) -> None:
    found = events(nlp_default, "Two Guatemalan men were detained by ICE on Saturday.")
    assert [(e.category, e.source.cameo, e.target.country) for e in found] == [("COERCE", "USACOP", "GTM")]


def test_a_nigerian_state_named_after_niger_and_a_labour_congress(nlp_default) -> None:
    found = events(nlp_default, "Nigerian soldiers opened fire on a crowd in Niger state, killing several civilians, "
                                "residents said.")
    assert [(e.category, e.target.country) for e in found] == [("ASSAULT", "NGA")]
    found = events(nlp_default, "The Nigeria Labour Congress threatened a general strike over fuel prices.")
    assert [(e.source.name, e.source.cameo) for e in found] == [("Nigeria Labour Congress", "NGALAB")]
    found = events(nlp_default, "The Congress of South African Trade Unions on Wednesday marched to Parliament.")
    assert [e.source.cameo for e in found] == ["ZAFLAB"]


def test_a_dateline_s_state_after_its_city_places_the_story(nlp_default) -> None:
    found = events(nlp_default, "NEWARK, N.J. (AP) — Federal agents arrested Mayor Ras Baraka on Friday.")
    assert [(e.category, e.source.cameo) for e in found] == [("COERCE", "USACOP")]


def test_a_community_living_in_many_states_is_no_state_s(nlp_default) -> None:
    text = ("The Department of Education froze $400 million in grants to Columbia University, citing its failure to "
            "protect Jewish students.")
    assert all(e.source.country != "ISR" and (e.target is None or e.target.country != "ISR")
               for e in events(nlp_default, text))


def test_an_opposition_or_rebel_leader_is_of_the_opposition_or_the_rebels(nlp_default) -> None:
    found = events(nlp_default, "Police in Nairobi arrested Kenya's opposition leader.")
    assert [(e.target.country, e.target.sector) for e in found] == [("KEN", "OPP")]
    found = events(nlp_default, "Troops killed a Congolese rebel leader near Goma.")
    assert [(e.target.country, e.target.sector) for e in found] == [("COD", "REB")]


def test_india_s_union_ministers_are_the_indian_state_s(nlp_default) -> None:
    found = events(nlp_default, "Union Finance Minister Nirmala Sitharaman accused the Congress of lying.")
    assert [(e.source.country, e.source.sector) for e in found] == [("IND", "GOV")]
    found = events(nlp_default, "The European Union Foreign Ministers met in Brussels.")
    assert all(e.source.country != "IND" for e in found)


def test_police_in_a_capital_are_its_state_s_police(nlp_default) -> None:
    found = events(nlp_default, "Police in London arrested 27 Just Stop Oil activists on Monday.")
    assert [(e.source.country, e.source.sector) for e in found] == [("GBR", "COP")]
    found = events(nlp_default, "Prosecutors in Moscow charged the journalist with treason.")
    assert [(e.source.country, e.source.sector) for e in found] == [("RUS", "JUD")]


def test_causes_and_policies_are_no_one_attacked(nlp_default) -> None:
    assert events(nlp_default, "Kharge said the INDIA bloc would continue to fight for the Constitution.") == []
    assert events(nlp_default, "KMT caucus whip Fu Kun-chi said the cuts targeted wasteful spending.") == []
    assert [e.category for e in events(nlp_default, "Israeli jets targeted Hamas positions in Gaza.")] == ["ASSAULT"]


def test_a_vow_to_mend_threatens_no_one_and_oil_released_is_no_retreat(nlp_default) -> None:
    assert all(e.category != "THREATEN" for e in events(nlp_default, "Takaichi vowed to revive the economy."))
    assert [e.category for e in events(nlp_default, "Takaichi vowed to crush the rebels.")] == ["THREATEN"]
    assert events(nlp_default, "The Biden administration has released 50 million barrels of oil from the "
                               "Strategic Petroleum Reserve.") == []


def test_their_talks_are_the_two_who_met(nlp_default) -> None:
    found = events(nlp_default, "Prime Minister Narendra Modi met Chinese President Xi Jinping on the sidelines of "
                                "the BRICS summit in Kazan on Wednesday, their first formal talks in five years.")
    assert [(e.category, e.target.country) for e in found] == [("CONSULT", "CHN")]


def test_a_company_s_spokeswoman_speaks_for_the_company(nlp_default) -> None:
    found = [a for a in nlp_default("A TotalEnergies spokeswoman rejected the activists' claims.")._.saywho_attributions
             if a.speaker is not None]
    assert [(a.speaker.country, a.speaker.sector) for a in found] == [("FRA", "BUS")]
    found = [a for a in nlp_default("A White House spokesman said the president would act.")._.saywho_attributions
             if a.speaker is not None]
    assert [(a.speaker.country, a.speaker.sector) for a in found] == [("USA", "GOV")]


def test_unnamed_rights_groups_and_aid_agencies_are_ngos(nlp_default) -> None:
    found = events(nlp_default, "Aid agencies accused the Sudanese army of blocking supplies.")
    assert [(e.category, e.source.country, e.target.country) for e in found] == [("ACCUSE", "NGO", "SDN")]
    found = events(nlp_default, "Rights groups urged the Egyptian government to free them.")
    assert [(e.source.country, e.source.sector) for e in found] == [("NGO", "NGO")]


def test_staff_fired_are_dismissed_not_shot(nlp_default) -> None:
    # dismissed, not shot at: an expulsion from office (PLOVER SANCTION, expel; session 71)
    found = events(nlp_default, "The Justice Department fired more than a dozen prosecutors on Monday.")
    assert [e.category for e in found] == ["SANCTION"]
    found = events(nlp_default, "Soldiers fired on protesters in Khartoum on Monday.")
    assert [e.category for e in found] == ["ASSAULT"]


def test_crews_and_baristas_are_workers_not_the_state_or_the_company(nlp_default) -> None:
    found = events(nlp_default, "Starbucks baristas at more than 100 stores walked out on Thursday.")
    assert [(e.source.sector, e.target.name) for e in found] == [("LAB", "Starbucks")]
    found = events(nlp_default, "Greek ferry crews walked off the job on Wednesday during a general strike.")
    assert [(e.source.country, e.source.sector) for e in found] == [("GRC", "CVL")]


def test_the_charge_names_no_one_the_act_is_aimed_at(nlp_default) -> None:
    found = events(nlp_default, "A court in Warsaw convicted a Ukrainian citizen of spying for Moscow.")
    assert [e.target.country for e in found] == ["UKR"]
    found = events(nlp_default, "Britain charged three men on Friday with assisting Russia's intelligence service.")
    assert [e.target.country for e in found] == ["GBR"]
    found = events(nlp_default, "A court in Copenhagen jailed a man for planning a bomb attack on the Israeli embassy.")
    assert [e.target.country for e in found] == ["DNK"]


def test_juba_before_south_sudan_s_independence_is_sudan_s(nlp_default) -> None:
    from saywho.pipeline import parse

    doc = parse(nlp_default, "Sudanese rebels shelled the southern regional capital Juba on Sunday.",
                published="2002-06-09")
    assert [(e.category, e.source.country, e.target.country) for e in doc._.saywho_events] == [("ASSAULT", "SDN", "SDN")]


def test_south_sudan_s_capital_and_president_are_south_sudan_s(nlp_default) -> None:
    found = events(nlp_default, "Police in Juba arrested ten journalists on Monday.")
    assert [(e.source.country, e.source.sector) for e in found] == [("SSD", "COP")]
    found = events(nlp_default, "Salva Kiir accused Riek Machar of plotting a rebellion.")
    assert [(e.source.country, e.target.country) for e in found] == [("SSD", "SSD")]


def test_a_company_taken_over_is_property_seized_not_territory(nlp_default) -> None:
    found = events(nlp_default, "The Dutch government seized control of chipmaker Nexperia on Sunday.")
    assert [(e.category, e.mode) for e in found] == [("COERCE", "seize")]


def test_whom_a_request_asks_and_a_counterpart_joined_to_a_name(nlp_default) -> None:
    found = events(nlp_default, "Hun Manet said his country had asked the United Nations Security Council to convene "
                                "an urgent meeting over the border fighting with Thailand.")
    assert [(e.category, e.target.country) for e in found] == [("REQUEST", "IGO")]
    found = events(nlp_default, "Jordan's foreign minister Ayman Safadi and his Syrian counterpart agreed to form a "
                                "joint security committee.")
    assert [(e.category, e.source.country, e.target.country) for e in found] == [("AGREE", "JOR", "SYR")]


def test_a_constitutional_council_judges_and_a_vow_to_cut_taxes_promises(nlp_default) -> None:
    found = events(nlp_default, "Cameroon's Constitutional Council rejected all petitions challenging the election "
                                "results.")
    assert [(e.source.country, e.source.sector) for e in found] == [("CMR", "JUD")]
    assert [e.category for e in events(nlp_default, "Reform UK's Richard Tice vowed to cut taxes.")] == ["AGREE"]
    assert [e.category for e in events(nlp_default, "Iran vowed to cut ties with Britain.")] == ["THREATEN"]


def test_settlers_are_civilians_and_in_the_west_bank_israeli(nlp_default) -> None:
    found = events(nlp_default, "An Israeli settler shot dead a 17-year-old Palestinian near the village of "
                                "al-Mughayyir.")
    assert [(e.source.country, e.source.sector) for e in found] == [("ISR", "CVL")]
    found = events(nlp_default, "Palestinian President Mahmoud Abbas condemned the attack on Huwara. Dozens of "
                                "settlers torched homes and cars overnight, according to local officials.")
    assert ("ISR", "CVL") in [(e.source.country, e.source.sector) for e in found]


def test_a_warning_of_what_a_move_would_do_threatens_no_one(nlp_default) -> None:
    assert events(nlp_default, "Premier Cho Jung-tai warned that the move would send the wrong signal to Beijing.") == []
    assert events(nlp_default, "Mark Liu warned that a Chinese invasion would render the company's factories "
                               "inoperable.") == []


def test_an_act_a_speaker_names_is_not_the_speaker_s(nlp_default) -> None:
    found = events(nlp_default, "Jordan's King Abdullah warned that an Israeli offensive in Rafah would lead to a "
                                "massacre.")
    assert all(e.source.country != "JOR" for e in found)
    found = events(nlp_default, "Ukraine's air force said a Russian missile attack killed six people in Kharkiv.")
    assert [(e.category, e.source.country) for e in found] == [("ASSAULT", "RUS")]


def test_a_regulator_s_approval_a_health_emergency_and_a_quarrel_are_no_acts(nlp_default) -> None:
    assert events(nlp_default, "Anvisa approved the Qdenga vaccine made by Japan's Takeda.") == []
    assert events(nlp_default, "WHO declared the mpox outbreak in Africa a public health emergency.") == []
    found = events(nlp_default, "A senior FDA official has resigned after clashing with Commissioner Marty Makary.")
    assert all(e.category != "ASSAULT" for e in found)
    found = events(nlp_default, "Ecuador declared a state of emergency on Monday.")
    assert [e.category for e in found] == ["COERCE"]
    found = events(nlp_default, "Argentina has apologized to Brazil for one of its gunboats intercepting a Brazilian "
                                "ship.")
    assert [(e.category, e.target.country) for e in found] == [("SUPPORT", "BRA")]


def test_what_those_asked_are_to_give_is_no_one_the_request_is_aimed_at(nlp_default) -> None:
    found = events(nlp_default, "Ukraine's foreign minister, Andrii Sybiha, urged allies to supply more air-defence "
                                "systems.")
    assert [(e.category, e.target) for e in found] == [("REQUEST", None)]
    found = events(nlp_default, "Egypt urged Israel to open the crossings.")
    assert [(e.category, e.target.country) for e in found] == [("REQUEST", "ISR")]


def test_a_warning_threatens_neither_who_would_act_nor_the_force_they_would_use(nlp_default) -> None:
    found = events(nlp_default, "Zabihullah Mujahid warned that the Taliban would respond.")
    assert [(e.category, e.target) for e in found] == [("THREATEN", None)]
    found = events(nlp_default, "Kim Jong Un warned that Pyongyang would respond with overwhelming force to any "
                                "provocation by the United States.")
    assert [(e.category, e.target.country) for e in found] == [("THREATEN", "USA")]


def test_a_state_s_bombers_a_kurdish_city_and_a_protester(nlp_default) -> None:
    found = events(nlp_default, "US bombers struck Iran's Fordow enrichment facility overnight.")
    assert [(e.source.country, e.source.sector) for e in found] == [("USA", "MIL")]
    found = events(nlp_default, "Iranian security forces arrested dozens of people in the Kurdish city of Mahabad on "
                                "Sunday.")
    assert [e.target.country for e in found] == ["IRN"]
    found = events(nlp_default, "Police in Iran arrested a protester in Tehran on Monday.")
    assert [(e.target.country, e.target.sector) for e in found] == [("IRN", "OPP")]


def test_a_clause_inside_a_phrase_names_no_one_unless_it_says_whose_the_thing_is(nlp_default) -> None:
    found = events(nlp_default, "Russia's foreign ministry called for the removal of all U.S. nuclear bombs stored at "
                                "bases in Europe.")
    assert [(e.category, e.target.country) for e in found] == [("REQUEST", "USA")]
    found = events(nlp_default, "Costa Rican Civil Guards confiscated a cache of rifles belonging to Contra rebels "
                                "near the Nicaraguan border.")
    assert [e.target.country for e in found] == ["NIC"]


def test_a_denial_answers_the_accuser_not_the_paper_that_reported_it(nlp_default) -> None:
    found = events(nlp_default, "Fiji's Prime Minister Sitiveni Rabuka has accused Frank Bainimarama of abusing his "
                                "office, according to a report in the Fiji Times. Bainimarama denied the allegation.")
    assert [(e.category, e.target.name) for e in found if e.category == "REJECT"] == [("REJECT", "Sitiveni Rabuka")]


def test_a_decision_told_the_sentence_before_is_its_announcer_s(nlp_default) -> None:
    found = events(nlp_default, "German Chancellor Olaf Scholz announced tighter border controls on Monday. Poland's "
                                "prime minister, Donald Tusk, criticised the decision.")
    assert [(e.category, e.target.country) for e in found] == [("ACCUSE", "DEU")]
    found = events(nlp_default, "North Korea tested a new missile on Sunday. Kim Jong Un said the test showed the "
                                "country's strength. The White House condemned the launch.")
    assert [(e.category, e.source.country, e.target.country) for e in found] == [("ACCUSE", "USA", "PRK")]
    found = events(nlp_default, "Kentucky Gov. Andy Beshear said he would appeal the ruling. Attorney General Daniel "
                                "Cameron said he welcomed the decision.")
    assert all(e.target is None or e.target.name != "Andy Beshear" for e in found)


def test_a_site_named_after_its_town_is_in_that_town_s_state(nlp_default) -> None:
    found = events(nlp_default, "Israeli jets struck the Natanz facility on Friday.")
    assert [(e.category, e.target.country) for e in found] == [("ASSAULT", "IRN")]
    found = events(nlp_default, "Russian forces shelled the area around the Zaporizhzhia nuclear power plant overnight, "
                                "Energoatom said.")
    assert [(e.source.country, e.target.country) for e in found] == [("RUS", "UKR")]
    found = events(nlp_default, "The Labour opposition condemned the Colonial Office on Wednesday over the deaths of "
                                "eleven detainees at Hola camp, calling the affair a stain on Britain's honour.")
    assert [(e.source.country, e.target.country) for e in found] == [("GBR", "GBR")]


def test_courts_strike_down_and_block_what_they_refuse(nlp_default) -> None:
    found = events(nlp_default, "A Delaware judge struck down Elon Musk's pay package at Tesla on Tuesday.")
    assert [e.category for e in found] == ["REJECT"]
    assert [e.category for e in events(nlp_default, "Israeli jets struck down a Hezbollah drone.")] == ["ASSAULT"]
    found = events(nlp_default, "A federal judge in Washington blocked the Trump administration from deporting a group "
                                "of Venezuelan migrants under the Alien Enemies Act.")
    assert [(e.category, e.source.sector) for e in found] == [("REJECT", "JUD")]


def test_listing_a_group_as_extremist_is_coercion_at_home_and_a_sanction_abroad(nlp_default) -> None:
    found = events(nlp_default, "Russia's justice ministry added the independent news site Meduza to its list of "
                                "'undesirable organisations' on Wednesday.")
    assert [(e.category, e.source.country, e.target.country) for e in found] == [("COERCE", "RUS", "RUS")]
    found = events(nlp_default, "The United States designated the Houthis a terrorist organisation.")
    assert [(e.category, e.source.country, e.target.country) for e in found] == [("SANCTION", "USA", "YEM")]
    found = events(nlp_default, "Yemen's UN envoy asked for the Houthi movement to be designated a terrorist group.")
    assert all(e.category != "COERCE" and e.category != "SANCTION" for e in found)


def test_a_warning_of_what_a_cut_or_a_fault_will_cost_threatens_no_one(nlp_default) -> None:
    assert events(nlp_default, "Siemens Energy warned on Monday that quality problems could cost more than 1 billion "
                               "euros.") == []
    assert events(nlp_default, "The International Rescue Committee warned that funding cuts would leave millions of "
                               "displaced people without help.") == []
    found = events(nlp_default, "Biden warned that sanctions would cost Russia dearly.")
    assert [(e.category, e.target.country) for e in found] == [("THREATEN", "RUS")]


def test_borrowed_senses_of_demonstrate_abuse_appeal_and_evacuation(nlp_default) -> None:
    assert events(nlp_default, "Kim Jong Un said the test demonstrated the country's resolve.") == []
    assert all(e.category != "ASSAULT" for e in events(
        nlp_default, "Regulators fined Alibaba after an investigation found it had abused its market dominance."))
    assert events(nlp_default, "Paul Pogba said he would appeal to the Court of Arbitration for Sport.") == []
    assert events(nlp_default, "Belgorod Governor Vyacheslav Gladkov announced the evacuation of children from border "
                               "villages.") == []
    assert [e.category for e in events(nlp_default, "Thousands of students demonstrated in Dhaka.")] == ["PROTEST"]
    found = events(nlp_default, "Ukraine appealed to the United Nations for help.")
    assert [(e.category, e.target.country) for e in found] == [("REQUEST", "IGO")]


def test_results_disowned_and_a_lawsuit_defended_against_are_rejected(nlp_default) -> None:
    found = events(nlp_default, "Vice chairperson Juliana Cherera disowned the results announced by Wafula Chebukati.")
    assert [e.category for e in found] == ["REJECT"]
    found = events(nlp_default, "Apple said it would vigorously defend itself against the lawsuit.")
    assert [e.category for e in found] == ["REJECT"]
    assert all(e.category != "REJECT" for e in events(nlp_default, "Ukraine will defend itself against Russian "
                                                                   "aggression."))


def test_national_police_and_election_commissions_by_their_acronyms(nlp_default) -> None:
    found = events(nlp_default, "The RCMP arrested two men on Sunday.")
    assert [(e.category, e.source.country, e.source.sector) for e in found] == [("COERCE", "CAN", "COP")]
    found = events(nlp_default, "Executive director Samson Itodo blamed INEC for the low turnout.")
    assert [(e.category, e.target.country, e.target.sector) for e in found] == [("ACCUSE", "NGA", "GOV")]


def test_who_tells_of_a_passive_act_or_is_named_beside_its_victim_did_not_do_it(nlp_default) -> None:
    found = events(nlp_default, "At least 23 people were killed by police during the protests, according to the Kenya "
                                "Human Rights Commission.")
    assert [(e.source.country, e.source.sector) for e in found] == [("KEN", "COP")]
    found = events(nlp_default, "Ekaterina Duntsova, who hoped to challenge Putin, was barred from running by the "
                                "Central Election Commission.")
    assert all(e.source.name != "Vladimir Putin" for e in found)
    found = events(nlp_default, "Canadian Ambassador Jennifer May was summoned to the foreign ministry in Beijing on "
                                "Monday.")
    assert [(e.source.country, e.target.country) for e in found] == [("CHN", "CAN")]


def test_a_sea_named_after_a_state_is_no_one_and_a_body_protested_at_never_protests(nlp_default) -> None:
    found = events(nlp_default, "Philippine and US forces held joint drills in the South China Sea on Monday.")
    assert [(e.category, e.source.country, e.target.country) for e in found] == [("COOPERATE", "PHL", "USA")]
    found = events(nlp_default, "Australia and the Philippines conducted joint naval exercises in the South China Sea.")
    assert [(e.source.country, e.target.country) for e in found] == [("AUS", "PHL")]
    found = events(nlp_default, "Hundreds of activists protested outside the United Nations on Tuesday.")
    assert all(e.source.country != "IGO" for e in found)


def test_the_governor_accused_is_the_governor_named_before(nlp_default) -> None:
    found = events(nlp_default, "Minnesota Gov. Tim Walz vetoed the bill on Monday. House Speaker Lisa Demuth accused "
                                "the governor of ignoring the deficit.")
    assert [(e.category, e.target.name) for e in found if e.category == "ACCUSE"] == [("ACCUSE", "Tim Walz")]


def test_forces_called_up_are_no_target_and_a_veto_overridden_is_refused(nlp_default) -> None:
    found = events(nlp_default, "Tennessee Gov. Bill Lee activated the National Guard on Sunday.")
    assert [(e.category, e.target) for e in found] == [("MOBILIZE", None)]
    found = events(nlp_default, "The US Congress overrode President Obama's veto of the bill.")
    assert [(e.category, e.source.sector, e.target.name) for e in found] == [("REJECT", "LEG", "Barack Obama")]


def test_calling_someone_a_risk_or_a_verdict_political_condemns(nlp_default) -> None:
    found = events(nlp_default, "Austrian Chancellor Karl Nehammer called Herbert Kickl a security risk.")
    assert [(e.category, e.target.name) for e in found] == [("ACCUSE", "Herbert Kickl")]
    assert [e.category for e in events(nlp_default, "Marine Le Pen called the verdict a political decision.")] \
        == ["ACCUSE"]
    assert events(nlp_default, "The UN called the election a political milestone.") == []


def test_a_sea_in_a_phrase_is_no_state_and_protesters_are_of_where_they_rallied(nlp_default) -> None:
    found = events(nlp_default, "Thailand offered on Wednesday to host a meeting on migration in the Indian Ocean.")
    assert [(e.category, e.target) for e in found] == [("AGREE", None)]
    found = events(nlp_default, "Hundreds of Khalistan supporters rallied outside India's consulate in Toronto on "
                                "Saturday.")
    assert [(e.category, e.source.country, e.target.country) for e in found] == [("PROTEST", "CAN", "IND")]
    found = events(nlp_default, "Opposition lawmakers in Lebanon walked out of parliament in protest against the bill.")
    assert [e.category for e in found] == ["PROTEST"]


def test_sharaa_alone_is_syria_s_president_now(nlp_default) -> None:
    found = events(nlp_default, "Donald Trump met Sharaa in Riyadh on Wednesday.")
    assert [(e.category, e.target.name) for e in found] == [("CONSULT", "Ahmed al-Sharaa")]


def test_unions_and_parties_by_their_names(nlp_default) -> None:
    found = events(nlp_default, "UAW President Shawn Fain called on the automakers to raise wages.")
    assert [(e.category, e.source.country) for e in found] == [("REQUEST", "USA")]
    found = events(nlp_default, "IG Metall called a nationwide strike against the carmakers.")
    assert [(e.category, e.source.country, e.source.sector) for e in found] == [("PROTEST", "DEU", "LAB")]


def test_where_words_were_posted_and_whose_commitment_was_praised(nlp_default) -> None:
    found = events(nlp_default, "In a post on Facebook, Japarov urged residents to remain calm.")
    assert all(e.target is None or e.target.country != "USA" for e in found)
    found = events(nlp_default, "Blinken praised Armenia's commitment to peace talks with Azerbaijan.")
    assert [(e.category, e.target.country) for e in found] == [("SUPPORT", "ARM")]


def test_a_force_backed_by_a_state_is_of_where_it_fights(nlp_default) -> None:
    found = events(nlp_default, "Iran-backed militias attacked US troops in Iraq.")
    assert [(e.source.country, e.target.country) for e in found] == [("IRQ", "USA")]
    found = events(nlp_default, "Russia vetoed a US-sponsored resolution.")
    assert [(e.category, e.target.country) for e in found] == [("REJECT", "USA")]


def test_redesignating_a_group_as_terrorist_is_a_sanction(nlp_default) -> None:
    found = events(nlp_default, "The Biden administration on Wednesday redesignated Yemen's Houthi rebels as a Specially "
                                "Designated Global Terrorist group.")
    assert [(e.category, e.source.country, e.target.country) for e in found] == [("SANCTION", "USA", "YEM")]


def test_soldiers_overthrowing_a_president_coerce_and_courage_praised_is_its_bearer_s(nlp_default) -> None:
    found = events(nlp_default, "Soldiers ousted President Mohamed Bazoum in July.")
    assert [(e.category, e.source.sector, e.target.country) for e in found] == [("COERCE", "MIL", "NER")]
    assert events(nlp_default, "Voters ousted the ruling party.") == []
    found = events(nlp_default, "Xanana Gusmao praised President Habibie's courage in offering East Timor a vote on its "
                                "future.")
    assert [(e.category, e.source.country, e.target.country) for e in found] == [("SUPPORT", "TLS", "IDN")]


def test_the_two_leaders_of_a_meeting_agree_together(nlp_default) -> None:
    found = events(nlp_default, "Prime Minister Shigeru Ishiba met Chinese President Xi Jinping, and the two leaders "
                                "agreed to pursue a mutually beneficial relationship.")
    assert [(e.category, e.source.country, e.target.country) for e in found] == [
        ("CONSULT", "JPN", "CHN"), ("AGREE", "JPN", "CHN")]


def test_a_step_hailed_is_whoever_took_it_in_the_sentence_before(nlp_default) -> None:
    found = events(nlp_default, "Latvia disconnected its grid from Russia. Ursula von der Leyen hailed the step as "
                                "freedom from blackmail.")
    assert [(e.category, e.target.country) for e in found if e.category == "SUPPORT"] == [("SUPPORT", "LVA")]


def test_those_accused_are_the_ones_detained_not_whom_they_spied_for(nlp_default) -> None:
    found = events(nlp_default, "The Houthis detained several UN staff members, accusing them of spying for the United "
                                "States.")
    assert [(e.category, e.target.country) for e in found] == [("COERCE", "IGO"), ("ACCUSE", "IGO")]
    found = events(nlp_default, "Brazil, Colombia and Chile denounced the storming of Mexico's embassy in Quito by "
                                "Ecuadorean police.")
    assert all(e.target is None or e.target.country != "MEX" for e in found)


def test_forces_an_announcement_says_will_be_sent_are_mobilised(nlp_default) -> None:
    found = events(nlp_default, "Amit Shah announced that the Centre would deploy 5,000 paramilitary personnel to "
                                "Manipur.")
    assert [e.category for e in found] == ["MOBILIZE"]
    found = events(nlp_default, "Malian junta leader General Assimi Goita condemned the JNIM attack on Bamako.")
    assert all(e.target is None or e.target.sector != "GOV" for e in found)


def test_his_remarks_are_the_remarks_of_the_man_named_before(nlp_default) -> None:
    found = events(nlp_default, "Lai Ching-te said Taiwan's future would be decided by its people. Beijing dismissed "
                                "his remarks as provocative.")
    assert [(e.category, e.source.country, e.target.country) for e in found] == [("REJECT", "CHN", "TWN")]


def test_rescue_teams_dispatched_aid_and_protesters_hanged_are_executed(nlp_default) -> None:
    found = events(nlp_default, "Italy dispatched rescue teams to Libya on Wednesday.")
    assert [(e.category, e.source.country, e.target.country) for e in found] == [("AID", "ITA", "LBY")]
    found = events(nlp_default, "Iranian authorities hanged two protesters on Monday.")
    assert [(e.category, e.source.country) for e in found] == [("ASSAULT", "IRN")]
    assert events(nlp_default, "Protesters hanged a banner from the bridge.") == []


def test_whom_an_act_is_done_to_never_does_it(nlp_default) -> None:
    found = events(nlp_default, "Investigators tried to detain Yoon Suk Yeol on Friday.")
    assert all(e.source.name != "Yoon Suk Yeol" for e in found) and found


def test_a_person_named_after_a_title_is_no_place_and_no_body_inside_another_name(nlp_default) -> None:
    found = events(nlp_default, "Mayor London Breed met with Gov. Gavin Newsom on Monday.")
    assert [e.source.country for e in found] == [None]  # no Briton (London), nor Downing Street
    assert events(nlp_default, "The Cargo Truckers Solidarity union rejected the government's order.") == [] \
        or all(e.source.name != "Solidarity trade union" for e in
               events(nlp_default, "The Cargo Truckers Solidarity union rejected the government's order."))


def test_a_unions_strike_stays_a_strike_and_a_label_called_is_no_strike(nlp_default) -> None:
    found = events(nlp_default, "GDL launched a 35-hour strike on Thursday, crippling passenger services across the "
                                "country.")
    assert [e.category for e in found] == ["PROTEST"]
    found = events(nlp_default, "Hamas called the strike a massacre and accused Israel of seeking to sabotage the "
                                "truce talks.")
    assert [(e.category, e.target.country if e.target else None) for e in found] == [("ACCUSE", "ISR")]


def test_a_title_the_tagger_took_into_a_name_still_finds_the_person(nlp_default) -> None:
    found = events(nlp_default, "US Secretary of State Antony Blinken arrived in Riyadh on Monday. He met Crown "
                                "Prince Mohammed bin Salman.")
    assert ("CONSULT", "USA", "SAU") in {(e.category, e.source.country, e.target.country) for e in found}
    assert all(e.target.country != "USA" for e in found)


def test_murder_returned_fire_and_raised_tariffs(nlp_default) -> None:
    assert coded(nlp_default, "A gunman murdered two people in Adelaide, Australia.") == {("ASSAULT", "AUS", "AUS")}
    found = events(nlp_default, "The U.N. mission in Mali said its troops had returned fire after coming under "
                                "attack.")
    assert [e.category for e in found] == ["ASSAULT"]
    assert coded(nlp_default, "U.S. President Joe Biden on Tuesday sharply increased tariffs on Chinese electric "
                              "vehicles.") == {("SANCTION", "USA", "CHN")}


def test_at_least_a_number_killed_is_still_a_killing(nlp_default) -> None:
    assert coded(nlp_default, "Israeli air strikes killed at least 40 people in Gaza.") == {("ASSAULT", "ISR", "PSE")}
    assert events(nlp_default, "Refugees granted asylum last year numbered 40,000.") == []


def test_a_dateline_with_a_state_of_several_words_is_no_actor(nlp_default) -> None:
    found = events(nlp_default, "GOMA, Democratic Republic of Congo — M23 rebels shelled the outskirts of Sake on "
                                "Wednesday.")
    assert [(e.category, e.source.name) for e in found] == [("ASSAULT", "M23")]


def test_a_platform_is_no_target_and_collateral_backs_no_one(nlp_default) -> None:
    found = events(nlp_default, "Dmitry Medvedev, deputy chairman of Russia's Security Council, dismissed the "
                                "ultimatum on Telegram.")
    assert [(e.category, e.target) for e in found] == [("REJECT", None)]
    assert events(nlp_default, "Japan will provide Ukraine with $3 billion in loans backed by frozen Russian "
                               "assets.") == [] or all(
        e.category != "SUPPORT" for e in events(nlp_default, "Japan will provide Ukraine with $3 billion in loans "
                                                             "backed by frozen Russian assets."))


def test_a_passive_by_phrase_after_a_sum_is_its_agent(nlp_default) -> None:
    found = events(nlp_default, "Meta was fined 1.2 billion euros by Ireland's Data Protection Commission.")
    assert [(e.category, e.source.country, e.target.name) for e in found] == [("SANCTION", "IRL", "Meta")]


def test_a_company_office_before_a_name_is_the_companys(nlp_default) -> None:
    found = events(nlp_default, "Microsoft President Brad Smith met EU antitrust regulators in Brussels.")
    assert [(e.source.country, e.source.sector) for e in found] == [("USA", "BUS")]
    found = events(nlp_default, "US President Joe Biden met Xi Jinping.")
    assert [e.source.sector for e in found] == ["GOV"]


def test_kurds_are_of_the_state_the_sentence_names(nlp_default) -> None:
    assert coded(nlp_default, "Syrian rebels backed by Turkey attacked Kurdish forces.") == {("ASSAULT", "SYR", "SYR")}


def test_a_state_blocking_aid_restricts_it(nlp_default) -> None:
    found = events(nlp_default, "The World Food Programme said it had run out of food in Gaza after Israel blocked "
                                "aid deliveries.")
    assert [(e.category, e.source.country) for e in found] == [("COERCE", "ISR")]


def test_an_act_of_war_and_a_heinous_act_are_criticism(nlp_default) -> None:
    assert coded(nlp_default, "Shehbaz Sharif called the Indian strikes 'a heinous act of war'.") == {
        ("ACCUSE", "PAK", "IND")}


def test_an_act_with_no_coded_actor_on_either_side_is_read_without_failing(nlp_default) -> None:
    for text in ("The minister condemned the campaign.", "The Greens welcomed the bill.",
                 "John Miller urged the workers to stay calm."):
        assert all(e.source is not None for e in events(nlp_default, text))


def test_the_country_an_act_is_aimed_at_is_the_one_named_before_it(nlp_default) -> None:
    assert coded(nlp_default, "Gazprom halted gas supplies to Latvia, accusing the country of violating its "
                              "contract.") == {("SANCTION", "RUS", "LVA"), ("ACCUSE", "RUS", "LVA")}


def test_a_condition_on_a_thing_puts_the_threat_to_no_one(nlp_default) -> None:
    found = events(nlp_default, "Slovakia's Prime Minister Robert Fico threatened to cut electricity supplies to "
                                "Ukraine if the transit of Russian gas was halted.")
    assert [(e.category, e.target.country) for e in found] == [("THREATEN", "UKR")]


def test_an_outlet_that_saw_a_letter_is_no_target_and_a_walk_out_in_protest_protests(nlp_default) -> None:
    found = events(nlp_default, "OPEC Secretary General Haitham Al Ghais urged member countries to reject the deal, "
                                "according to a letter seen by Reuters.")
    assert all(e.target is None or e.target.name != "Reuters" for e in found)
    found = events(nlp_default, "Fijian opposition lawmakers walked out of the talks in protest.")
    assert [e.category for e in found] == ["PROTEST"]


def test_an_envoy_summoned_to_a_ministry_is_summoned_by_its_state(nlp_default) -> None:
    assert coded(nlp_default, "Russia's ambassador Andrei Kelin was summoned to the Foreign Office in London.") == {
        ("ACCUSE", "GBR", "RUS")}


def test_state_backed_hackers_are_the_states_and_a_bounty_promises_nothing(nlp_default) -> None:
    found = events(nlp_default, "Britain accused China's state-backed hackers of breaching the Electoral Commission.")
    assert [(e.target.country, e.target.sector) for e in found] == [("CHN", "GOV")]
    assert events(nlp_default, "The State Department also offered a reward of up to $10 million for information on "
                               "the pair.") == []


def test_an_open_question_is_unreal_a_vote_against_and_a_hosted_cup_no_acts(nlp_default) -> None:
    assert all(e.hypothetical for e in events(nlp_default, "Peskov declined to say whether Russia would boycott the "
                                                           "Paris Olympics."))
    assert events(nlp_default, "The Norwegian Football Federation voted on Sunday against boycotting the Qatar World "
                               "Cup.") == []
    assert events(nlp_default, "FIFA on Thursday confirmed that Saudi Arabia will host the 2034 World Cup.") == []


def test_a_condition_on_a_states_weapons_is_put_to_that_state(nlp_default) -> None:
    found = events(nlp_default, "Moscow will respond with 'military-technical measures' if U.S. intermediate-range "
                                "missiles appear in Europe or Asia, Defence Minister Sergei Shoigu said.")
    assert [(e.category, e.target.country) for e in found] == [("THREATEN", "USA")]


def test_rallies_staged_are_protests_whatever_a_host_stages(nlp_default) -> None:
    found = events(nlp_default, "Angry activists from the defeated Fatah Party have staged rallies in the Gaza Strip "
                                "against the party's leader Mahmoud Abbas, saying he must resign.")
    assert "PROTEST" in {e.category for e in found}


def test_force_not_ruled_out_is_a_threat_made(nlp_default) -> None:
    for text in ("Iran did not rule out military action against Israel.",
                 "Iran has not ruled out using force against Israel."):
        (event,) = events(nlp_default, text)
        assert (event.category, event.source.country, event.negated) == ("THREATEN", "IRN", False)


def test_a_right_reserved_to_respond_and_adequate_measures_threaten(nlp_default) -> None:
    assert any(e[0] == "THREATEN" and e[1] == "RUS" for e in coded(
        nlp_default, "Russia's Foreign Ministry said on Monday that Moscow reserved the right to respond to "
                     "Finland's decision to close its border."))


def test_funding_terrorism_is_a_charge_not_aid(nlp_default) -> None:
    assert coded(nlp_default, "Treasury Secretary Scott Bessent said Iran was funding terrorism.") \
        == {("ACCUSE", "USA", "IRN")}


def test_troops_arriving_are_sent_not_visiting_and_a_return_to_work_is_no_act(nlp_default) -> None:
    found = events(nlp_default, "The Russian Defence Ministry said troops had arrived in Niamey.")
    assert [e.category for e in found] == ["MOBILIZE"]
    assert events(nlp_default, "The government ordered the striking pilots in Manila to return to work.") == []


def test_wrongs_and_words_of_condemnation_in_what_is_said_accuse(nlp_default) -> None:
    assert ("ACCUSE", "BEL", "HUN") in coded(
        nlp_default, "Belgian Prime Minister Bart De Wever said Hungary had mishandled the Mercosur talks.")
    assert ("ACCUSE", "VEN", "ARG") in coded(
        nlp_default, "Venezuelan Foreign Minister Yvan Gil called the Argentine government's declaration an act of "
                     "interventionism.")
    assert not coded(nlp_default, "The minister said the storm was a danger to coastal towns.")


def test_two_leaders_named_together_agree_with_each_other(nlp_default) -> None:
    assert coded(nlp_default, "Somali President Hassan Sheikh Mohamud and Kenyan President William Ruto agreed on "
                              "Monday to reopen the border.") == {("AGREE", "SOM", "KEN")}


def test_details_withheld_are_no_rejection_and_a_signed_agreement_is_support(nlp_default) -> None:
    assert events(nlp_default, "German officials declined to give details.") == []
    assert [e.category for e in events(nlp_default, "Russia declined to attend the summit.")] == ["REJECT"]
    # CAMEO 057 and the PLOVER manual, whatever the check learned from records that call signing AGREE
    found = events(nlp_default, "Saab said on Wednesday it had signed an agreement with Ukraine's government to "
                                "build a drone factory.")
    assert [(e.category, e.target.country) for e in found] == [("SUPPORT", "UKR")]
    assert [e.category for e in events(nlp_default, "India and Japan signed a security pact in Tokyo on Friday.")] \
        == ["SUPPORT"]


def test_troops_a_state_will_send_to_another_are_protection_offered_not_a_threat(nlp_default) -> None:
    # CAMEO 0334 (express intent to provide military protection) is PLOVER's AGREE
    found = events(nlp_default, "Germany will deploy 800 soldiers to Romania next year, the defence ministry said.")
    assert [(e.category, e.target.country) for e in found] == [("AGREE", "ROU")]
    found = events(nlp_default, "Poland will deploy 5,000 more troops to its border with Belarus, the minister said.")
    assert [e.category for e in found] == ["THREATEN"]


def test_ethnic_cleansing_committed_is_an_assault_not_a_commitment(nlp_default) -> None:
    found = events(nlp_default, "The Rapid Support Forces committed ethnic cleansing in El Geneina, the group said.")
    assert [e.category for e in found] == ["ASSAULT"]


def test_a_warning_named_after_a_quotation_threatens_only_when_the_quotation_does(nlp_default) -> None:
    text = '"Asylum courts are collapsing." The warning came from the American Bar Association.'
    assert events(nlp_default, text) == []
    text = '"Any attack will be met with a crushing response." The warning came from Iran\'s army chief.'
    assert [e.category for e in events(nlp_default, text)] == ["THREATEN"]


def test_that_was_the_warning_from_threatens_only_when_the_quotation_does(nlp_default) -> None:
    text = ('"Cholera is everywhere now." That was the warning from Christos Christou, the president of Doctors '
            'Without Borders.')
    assert all(e.category != "THREATEN" for e in events(nlp_default, text))


def test_an_amendment_signed_at_home_is_no_agreement(nlp_default) -> None:
    assert events(nlp_default, "Slovak President Peter Pellegrini signed a constitutional amendment on Tuesday.") == []
