"""Speaker resolution (saywho.attribution.resolve) on sentences written for each phenomenon it handles."""

from __future__ import annotations

import pytest

from saywho.attribution.mentions import Mentions, first_names
from saywho.attribution.resolve import Resolver
from saywho.ingest import make_article
from saywho.model import Attribution
from saywho.pipeline import load_english, process


def run(nlp, text: str) -> list[Attribution]:
    (article,) = process([make_article(text, "t", id="t")], nlp=nlp)
    return article.attributions


def names(nlp, text: str) -> list[str | None]:
    return [a.speaker.name if a.speaker else None for a in run(nlp, text)]


def test_apposition_with_employer_and_place_is_the_person(nlp):
    text = ("Ngaio Tuhiwai, a ranger for the Kakapo Recovery trust on Whenua Hou island, says the birds "
            "are breeding again.")
    (item,) = run(nlp, text)
    assert item.speaker.name == "Ngaio Tuhiwai"
    assert item.speaker_mention.text == "Ngaio Tuhiwai"
    assert text[item.speaker_mention.start:item.speaker_mention.end] == "Ngaio Tuhiwai"


def test_title_and_institute_apposition_is_the_person(nlp):
    text = "Dr Kofi Mensah, director of the Noguchi Memorial Institute, says the trial will start in May."
    (item,) = run(nlp, text)
    assert item.speaker.name == "Kofi Mensah"
    assert item.speaker.type == "person"


def test_nominal_description_stays_nominal_despite_a_place_or_demonym(nlp):
    text = ("Prices at the market rose again this week. \"We cannot keep up,\" the Lyon cheese merchant said. "
            "A French cheese merchant said demand had collapsed.")
    first, second = run(nlp, text)
    assert first.speaker.name == "Lyon cheese merchant" and first.speaker.type == "person"
    assert second.speaker.name == "French cheese merchant"
    assert second.speaker.type == "person" and second.speaker.sector is None  # not the French government
    assert first.speaker_mention.text == "the Lyon cheese merchant"


def test_he_after_a_spokesperson_is_the_spokesperson(nlp):
    text = ("Union leader Tom Baker said the strike would go ahead. A spokesperson for the Employers Federation "
            "said the offer was final. He said talks could resume next week.")
    baker, spokesperson, he = run(nlp, text)
    assert baker.speaker.name == "Tom Baker"
    assert spokesperson.speaker.name == "spokesperson for the Employers Federation"
    assert he.speaker.name == "spokesperson for the Employers Federation"
    assert he.speaker_mention.text == "A spokesperson for the Employers Federation"


def test_the_spokesman_later_is_the_same_nominal_speaker(nlp):
    text = ("A spokesman for the ministry said the border would stay closed. Traffic backed up for miles. "
            "The spokesman said the measure was temporary.")
    first, second = run(nlp, text)
    assert first.speaker.name == second.speaker.name == "spokesman for the ministry"


def test_father_and_daughter_sharing_a_surname_stay_two_speakers(nlp):
    text = ("Farmer Tom Hendry has worked the land for forty years. His daughter, Ana Hendry, now runs the dairy. "
            "\"It is hard work,\" Tom Hendry said. \"I love it anyway,\" Ana Hendry said. "
            "Hendry said she plans to expand.")
    found = run(nlp, text)
    assert [a.speaker.name for a in found] == ["Tom Hendry", "Ana Hendry", "Ana Hendry"]
    assert found[0].speaker.id != found[1].speaker.id


def test_mentions_cluster_people_by_first_name_and_surname_before_any_source(nlp):
    text = ("Farmer Tom Hendry has worked the land for forty years. His daughter, Ana Hendry, now runs the dairy. "
            "Mr Hendry sells to Halden Steel. Tom Hendry said so.")
    mentions = Mentions(nlp(text))
    people = {p.name: p for p in mentions.people}
    assert set(people) == {"Tom Hendry", "Ana Hendry"}
    assert people["Ana Hendry"].gender == "f" and people["Tom Hendry"].gender == "m"
    assert len(people["Tom Hendry"].mentions) == 3  # the full name twice and "Mr Hendry"
    assert text[slice(*people["Ana Hendry"].mention)] == "Ana Hendry"


def test_she_goes_to_the_woman_not_the_latest_man(nlp):
    text = ("Senator John Miller and Governor Sarah Collins met on Tuesday. Miller praised the deal. "
            "She said the state would pay half the cost.")
    assert names(nlp, text)[-1] == "Sarah Collins"


def test_gender_from_a_pronoun_after_the_name(nlp):
    text = ("Robin Ellis opened her bakery in 2015. Chris Dunn, a supplier, said flour prices had doubled. "
            "She said she would raise prices in the spring.")
    assert names(nlp, text)[-1] == "Robin Ellis"


def test_he_after_a_newly_introduced_speaker_is_the_new_one(nlp):
    text = ("Coach Peter Grant was pleased with the win. Midfielder James Okafor scored twice. "
            "\"It was a great night,\" Okafor said. He says the team can win the league.")
    assert names(nlp, text) == ["James Okafor", "James Okafor"]


def test_surname_the_model_tags_as_a_product_is_still_the_person(nlp):
    text = "Diego Schwartzman beat Guido Pella in straight sets. \"I played well,\" the 14th-ranked Schwartzman said."
    (item,) = run(nlp, text)
    assert item.speaker.name == "Diego Schwartzman"
    assert item.speaker_mention.start == 0


def test_speaker_named_after_the_quote(nlp):
    text = "\"We will rebuild every house in this street,\" said Mayor Linda Park on Friday."
    (item,) = run(nlp, text)
    assert item.speaker.name == "Linda Park"
    assert item.kind == "direct"


def test_signed_post(nlp):
    text = ("Fans reacted quickly online.\n\"Best game I have seen in years, what a finish by the whole team\" "
            "— Daniel Reyes\nThe club has not commented.")
    (item,) = run(nlp, text)
    assert item.speaker.name == "Daniel Reyes"
    assert item.content[0].text.startswith("Best game") and item.kind == "direct"
    assert item.statement


def test_a_dash_before_page_chrome_is_no_signature(nlp):
    text = "Students stayed inside the campus all night — See More\nPolice fired tear gas on Monday."
    assert all(a.cue.text != "—" for a in run(nlp, text))


def test_interview_transcript_labels(nlp):
    text = ("Striker Anna Kowalski spoke to us after the final.\n"
            "INTERVIEWER: What happens next for the team?\n"
            "KOWALSKI: We rebuild the team and we go again next season.")
    found = [a for a in run(nlp, text) if a.cue.text == ":"]
    assert [a.speaker.name for a in found] == ["interviewer", "Anna Kowalski"]
    # the interviewer's turn is the writer's voice (gold/speakers/GUIDE.md): resolved, but no statement
    assert [a.statement for a in found] == [False, True]


def test_organisation_descriptions_and_it(nlp):
    text = ("Volkswagen unveiled a concept car on Tuesday. The automaker said it would build the car in 2022. "
            "Microsoft said on Monday it would buy the rest of the studio. It said the deal would close in March.")
    assert names(nlp, text) == ["Volkswagen", "Microsoft", "Microsoft"]


def test_plural_description_is_not_an_organisation(nlp):
    text = ("Blue Origin and Astrobotic signed the contract. The companies said they would carry passengers.")
    assert names(nlp, text) == ["companies"]


def test_places_dates_and_unresolved_pronouns_are_nobody():
    nlp = load_english()
    text = "On Monday the Alps said nothing new, and 2019 said even less. We said so."
    doc = nlp(text)
    resolver = Resolver(doc)

    def phrase(words: str):
        start = text.index(words)
        return doc.char_span(start, start + len(words))

    for words in ("Monday", "2019", "We"):
        assert resolver.resolve(phrase(words)) is None, words


def test_speaker_mention_survives_the_data_round_trip(nlp):
    (item,) = run(nlp, "Dr Kofi Mensah, director of the Noguchi Memorial Institute, says the trial will start.")
    data = item.to_dict()
    assert data["speaker_mention"] == {"start": 3, "end": 14, "text": "Kofi Mensah"}
    assert Attribution.from_data(item.to_data()).speaker_mention == item.speaker_mention


def test_first_names():
    genders = first_names()
    assert genders["sarah"] == "f" and genders["james"] == "m"
    assert "robin" not in genders  # used by men and women: the pronouns decide


def test_a_description_refers_back_to_the_person_it_describes(nlp):
    # "the actor", "the senator" name no one new: the person named before with those words, else the topic
    text = ("Marlon Ruiz opened the festival on Friday with a new film about his hometown. "
            "The actor said the story had taken ten years to write.")
    (item,) = run(nlp, text)
    assert item.speaker.name == "Marlon Ruiz"
    two = ("Ohio Sen. Dana Whitfield and Texas Sen. Carl Brenner met voters in Dallas on Monday. "
           "The Texas senator said the border bill was dead. The Ohio senator said it was not.")
    brenner, whitfield = run(nlp, two)
    assert brenner.speaker.name == "Carl Brenner" and whitfield.speaker.name == "Dana Whitfield"


def test_a_description_that_brings_someone_new_stays_nominal(nlp):
    text = ("Marlon Ruiz opened the festival on Friday. The spokesman for the festival said tickets had sold out. "
            "A woman who queued since dawn said she was delighted.")
    spokesman, woman = run(nlp, text)
    assert spokesman.speaker.name == "spokesman for the festival"
    assert woman.speaker.name != "Marlon Ruiz"


def test_an_honorific_at_a_later_mention_gives_the_gender(nlp):
    text = ("Tom Fielding and Robin Ashdown met the council on Monday. Mrs. Ashdown said the plan was rushed. "
            "\u201cIt is ready,\u201d he said.")
    ashdown, he = run(nlp, text)
    assert ashdown.speaker.name == "Robin Ashdown"
    assert he.speaker.name == "Tom Fielding"


def test_a_relative_pronoun_is_the_noun_its_clause_hangs_on(nlp):
    text = ("The vote was delayed again on Tuesday. Senator Ada Whitcombe, who said the bill would pass next week, "
            "left the chamber early.")
    speakers = {a.source.text: a.speaker.name for a in run(nlp, text) if a.source is not None and a.speaker}
    assert speakers == {"who": "Ada Whitcombe"}


def test_a_description_owned_through_a_possessive_pronoun_is_named_with_its_owner(nlp):
    text = ("Mayor Ines Carvalho unveiled the transport plan on Monday. Her advisers said the first trams would "
            "run in 2027.")
    found = run(nlp, text)
    (item,) = [a for a in found if a.source is not None and a.source.text == "Her advisers"]
    assert item.speaker.name == "Ines Carvalho's advisers"
    assert item.speaker_mention.text == "Her advisers"


def test_a_bare_quantifier_is_no_one_a_later_her_can_mean(nlp):
    # "Several" opening a sentence was a speaker of its own, and then the owner of "Her allies"
    text = ("Hillary Clinton spoke in Ohio on Monday. Several insisted that the plan would fail, officials said. "
            "Her allies said the emails were harmless.")
    assert names(nlp, text) == [None, "officials", "Hillary Clinton's allies"]


def test_a_quantifier_with_a_number_stays_a_group(nlp):
    text = "Fourteen Catholics were admitted as well as 29 others who said the rules had changed."
    assert [a.speaker.name for a in run(nlp, text) if a.source is not None] == ["29 others"]


def test_a_description_owned_by_a_named_person_takes_the_full_name(nlp):
    text = "Bernie Sanders spoke in Iowa on Monday. Mr. Sanders's aides said the campaign would go on."
    assert names(nlp, text) == ["Bernie Sanders's aides"]


def test_people_speaking_together_are_named_in_full(nlp):
    text = ("Ted Cruz and Marco Rubio campaigned in Iowa on Monday. Both Cruz and Rubio said the plan would fail. "
            "Trump and Pence said the election was rigged.")
    assert names(nlp, text) == ["Ted Cruz and Marco Rubio", "Trump and Pence"]  # the second pair named nowhere else


def test_three_people_speaking_together_are_one_group_not_the_first(nlp):
    text = "Jeb Bush, Chris Christie and John Kasich met donors. Bush, Christie and Kasich said they would stay."
    (item,) = [a for a in run(nlp, text) if a.source is not None]
    assert item.speaker.type == "group" and item.speaker.name != "Jeb Bush"


def test_two_surnames_joined_by_a_dash_are_a_pairing_not_a_third_person(nlp):
    # "Alito-Prelogar moments" had become a person, and every later "Prelogar" was resolved to it
    text = ("Justice Samuel Alito pressed the lawyer. Solicitor General Elizabeth Prelogar said the rule was narrow. "
            "The Alito-Prelogar exchanges went on for an hour. Prelogar said the court should look at history.")
    assert names(nlp, text) == ["Elizabeth Prelogar", "Elizabeth Prelogar"]


def test_a_double_barrelled_name_is_shown_as_written(nlp):
    text = "Rep. Alexandria Ocasio-Cortez said the bill was late. Ocasio-Cortez added that it was urgent."
    assert names(nlp, text) == ["Alexandria Ocasio-Cortez", "Alexandria Ocasio-Cortez"]


def test_a_name_with_the_people_around_it_speaks_as_one_group_that_they_continues(nlp):
    text = ("Emissions cuts alone will not be enough, according to Hansen and his collaborators. Governments will "
            "have to impose carbon fees, they argue.")
    assert names(nlp, text) == ["Hansen and his collaborators", "Hansen and his collaborators"]


def test_an_organisation_the_parser_reads_as_a_clause_speaks(nlp):
    # "Save the Children said" was parsed as "to save the children" and listed nothing
    for text in ("Save the Children said the camps were overcrowded.",
                 "\"We are alarmed,\" Save the Children said in a statement."):
        assert [(a.speaker.name, a.speaker.country) for a in run(nlp, text)] == [("Save the Children", "NGO")]


def test_the_inner_the_of_a_name_stays(nlp):
    assert names(nlp, "Friends of the Earth said the plan was reckless.") == ["Friends of the Earth"]


def test_the_company_is_never_the_product_it_named(nlp):
    text = ("Novo Nordisk said its drug CagriSema helped patients lose weight. "
            "The company said it would seek approval in 2026.")
    assert "CagriSema" not in names(nlp, text)
    text = "Pfizer said its vaccine Abrysvo was 85% effective. The company said it would apply for approval this year."
    found = run(nlp, text)
    assert [a.speaker.name for a in found] == ["Pfizer", "Pfizer"] and found[0].speaker.type == "organisation"


def test_the_notice_speaks_for_the_body_that_posted_it(nlp):
    text = 'St. Mary\'s Church posted a notice on Sunday. "Services are cancelled," the notice said.'
    assert names(nlp, text) == ["St. Mary's Church"]


@pytest.mark.parametrize(("text", "name"), [
    ("Walter Price and his son, Michael Price, were both fire chiefs. The elder Price said he never doubted his son.",
     "Walter Price"),
    ("Amy Chen and her mother, Lily Chen, escaped the fire. The younger Chen said her mother went first.", "Amy Chen"),
    ("Anne Roy, 70, and Claire Roy, 41, own the inn. The elder Roy said the inn opened in 1970.", "Anne Roy"),
])
def test_the_elder_or_the_younger_of_two_sharing_a_surname(nlp, text, name):
    assert names(nlp, text) == [name]


def test_a_role_word_or_a_dash_is_no_part_of_a_name(nlp):
    assert names(nlp, "Custodian Rick Saunders said he built the beds by hand.") == ["Rick Saunders"]
    assert names(nlp, "Neighbours Earl Johnson and Vera Johnson heard the crash. Earl said it was loud.") == [
        "Earl Johnson"]
    text = "The boy's grandmother, Rosa Ortiz - no relation - said she would never forget it."
    assert names(nlp, text) == ["Rosa Ortiz"]


def test_letters_to_the_editor_are_their_signers(nlp):
    text = ("Letters to the editor\n\n"
            "Sir, The council should reverse its decision. The trees are older than the town.\n"
            "— Margaret Ellison, Leeds\n\n"
            "Madam, My mother cannot reach her doctor in Thirsk. The buses stopped in May.\n"
            "— Peter Holloway, Ripon, North Yorkshire\n")
    found = [a for a in run(nlp, text) if a.statement]
    assert [(a.speaker.name, a.content[0].text[:30]) for a in found] == [
        ("Margaret Ellison", "The council should reverse its"), ("Peter Holloway", "My mother cannot reach her doc")]


def test_a_dash_line_naming_no_one_signs_nothing(nlp):
    text = "The council met on Monday and voted to keep the trees.\n— Staff and agencies\n"
    assert run(nlp, text) == []


def test_the_state_a_speakers_title_or_an_organisations_name_gives(nlp):
    found = run(nlp, "Japan's Prime Minister Kenji Watanabe said the coalition would hold. "
                     "Sri Lankan President Anura Perera said the count would resume. "
                     "The U.S. Food and Drug Administration said the drops may be contaminated. "
                     "Swiss drugmaker Roche said it would stop developing the drug. "
                     "Health Canada said no illnesses had been reported. "
                     "Poland will not allow the transit, the Foreign Ministry in Warsaw said.")
    assert [(a.speaker.name, a.speaker.country) for a in found if a.statement] == [
        ("Kenji Watanabe", "JPN"), ("Anura Perera", "LKA"), ("Food and Drug Administration", "USA"),
        ("Roche", "CHE"), ("Health Canada", "CAN"), ("Foreign Ministry", "POL")]


def test_a_body_is_never_the_people_or_the_person_who_spoke_before(nlp):
    for first in ("Residents complained about the noise.", "A spokesman for the ministry said the road was open.",
                  "A letter from Ms Cole claimed the trees were healthy."):
        assert names(nlp, first + " The council replied that the work was needed.")[-1] == "council"


def test_the_words_after_a_colon_are_whoever_put_them_so(nlp):
    assert names(nlp, 'A European diplomat put it bluntly: "Washington has left the room."') == ["European diplomat"]
    assert names(nlp, 'The minister\'s message was simple: "We will not pay."') == ["minister"]


def test_a_description_is_of_the_state_it_names_the_title_and_the_age_it_gives(nlp):
    # session 27's helpers: "the Russian ambassador" is not the American named last, "the prosecutor" is the one
    # whose title said so, "the 23-year-old" the one whose age was given
    assert names(nlp, "The U.S. ambassador, Robert Keane, accused Russia of arming rebels in Sudan. Russia's envoy, "
                      "Dmitry Voronin, rejected the charge. The Russian ambassador said Moscow would veto any "
                      "resolution.")[-1] == "Dmitry Voronin"
    assert names(nlp, "Prosecutor Elena Ruiz said the defendant had forged signatures. Her lawyer, Marta Gimenez, "
                      "said her client had been pressured. The prosecutor said the claim was false.")[-1] == "Elena Ruiz"
    assert names(nlp, "Captain Greg Hollis has fought fires for 30 years. His recruit, Liam Foster, 23, was on his "
                      "first callout. Hollis said the fire had jumped the highway. The 23-year-old said he had "
                      "helped evacuate a couple.")[-1] == "Liam Foster"


def test_a_body_the_tagger_took_for_a_building_or_a_law_speaks(nlp):
    # session 27's helpers: "The Elysee Palace" (tagged a building) and "the Einstein Papers Project" (a law)
    found = run(nlp, "The Elysee Palace told AFP the video had been manipulated.")
    assert [(a.speaker.name, a.speaker.country) for a in found if a.statement] == [("French government", "FRA")]
    found = run(nlp, "The quotation is fake, according to the Einstein Papers Project.")
    assert [a.speaker.name for a in found if a.statement] == ["Einstein Papers Project"]


def test_he_or_she_after_a_described_subject_is_that_person(nlp):
    # session 27's helpers: "The Leeds manager laughed. “…,” he said" is the Leeds manager, not the last speaker
    assert names(nlp, "Leeds manager Mark Dorsey said his side deserved the win. Norwich boss Stuart McLeish said "
                      "the penalty was never a foul. The Leeds manager laughed. \"That is his opinion,\" he said."
                 )[-1] == "Mark Dorsey"
    assert names(nlp, "Dr. Helen Marsh, 61, is retiring. \"She made me explain every stitch,\" said Dr. Priya Raman, "
                      "38. The 61-year-old laughed. \"It was only every other stitch,\" she said.")[-1] == "Helen Marsh"
    assert names(nlp, "Prosecutor Elena Ruiz said the clerk had forged signatures. Defense lawyer Marta Gimenez said "
                      "her client was innocent. The prosecutor smiled. \"The documents speak for themselves,\" she "
                      "said.")[-1] == "Elena Ruiz"


def test_the_same_unnamed_source_again_keeps_its_state_and_another_is_another(nlp):
    # session 27's helpers: "The official, who asked not to be named," is the Turkish official again; "one of the
    # officials" one of the Turkish officials; "Another said" another diplomat, not no one
    found = run(nlp, "A Turkish official said Ankara would veto the plan. The official, who asked not to be named, "
                     "said talks would continue.")
    assert [(a.speaker.name, a.speaker.country) for a in found] == [("Turkish official", "TUR")] * 2
    found = run(nlp, "Two Turkish officials said Ankara would veto the plan. One of the officials said talks would "
                     "continue.")
    assert [a.speaker.country for a in found] == ["TUR", "TUR"]
    assert names(nlp, "One diplomat said the talks had stalled. Another said a deal was still possible.") == [
        "One diplomat", "another diplomat"]


def test_a_states_staff_and_a_readout_of_its_seat_of_government(nlp):
    # session 27's helpers: "South Korea's Joint Chiefs of Staff" is South Korea's (the dictionary's body of that
    # name is American); "according to a White House readout" ("readout" tagged a verb) is the White House's
    found = run(nlp, "South Korea's Joint Chiefs of Staff said the North had fired two ballistic missiles. "
                     "Ukraine's General Staff said Russian forces had launched 42 attacks near Pokrovsk.")
    assert [a.speaker.country for a in found] == ["KOR", "UKR"]
    (item,) = run(nlp, "Biden spoke by phone with Chinese President Xi Jinping on Tuesday, according to a White "
                       "House readout.")
    assert (item.speaker.name, item.speaker.country) == ("White House readout", "USA")


def test_a_surname_the_tagger_took_for_a_place_speaks(nlp):
    # session 27's helpers: "Habeck said …" at a first mention, "Habeck" tagged a place, had no speaker
    assert names(nlp, "Habeck said Germany would not accept the plan.") == ["Habeck"]
    assert names(nlp, "Moscow said the talks had failed.") == ["Russian government"]
