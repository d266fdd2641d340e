"""Statements and speakers on the kinds of sentence real news pages hold (issue 10, "Speakers on real pages").

Each test is one generalisation of saywho.attribution, on sentences written for these tests (none comes from
a news page): speech verbs with a noun object, denials of words, clauses the parser hangs on an addressee,
organisations' stated positions, what was not said, doing rather than saying, quotations continued in the
next paragraph or closed with the other kind of mark, names with suffixes and short forms, datelines and
headings, two subjects, role nouns and institutions.
"""

from __future__ import annotations

import pytest
from conftest import statement_speakers as speakers
from conftest import statements

from saywho.ingest import make_article
from saywho.model import Attribution
from saywho.pipeline import process


def contents(items: list[Attribution]) -> list[str]:
    return [" … ".join(span.text for span in item.content) for item in items]


def speaker(item: Attribution) -> str | None:
    return item.speaker.name if item.speaker is not None else None


# --- what counts as a statement ------------------------------------------------------------------------------


def test_speech_verb_with_a_noun_object_reports_the_object(nlp):
    (item,) = statements(nlp, "The ferry operator announced an order of four hybrid vessels on Friday.")
    assert item.content[0].text.startswith("an order of four hybrid vessels")
    assert "operator" in speaker(item)


def test_speech_verb_with_a_prepositional_object_reports_it(nlp):
    (item,) = statements(nlp, "After two days of questioning, Harlan Voss confessed to the warehouse robbery.")
    assert contents([item]) == ["the warehouse robbery"]
    assert speaker(item) == "Harlan Voss"


def test_a_circumstance_before_the_verb_is_not_what_was_said(nlp):
    found = statements(nlp, "In a long interview with the local paper, Mirela Dobre revealed plans to retire.")
    assert contents(found) == ["plans to retire"]


def test_denying_words_is_a_statement_but_rejecting_a_bill_is_not(nlp):
    (item,) = statements(nlp, "The harbour master denied the allegations of bribery.")
    assert contents([item]) == ["the allegations of bribery"]
    assert statements(nlp, "The council rejected the budget for the new library.") == []


def test_citing_a_source_is_not_a_statement_citing_a_reason_is(nlp):
    assert statements(nlp, "The agency published the figures, citing the regional health commission.") == []
    (item,) = statements(nlp, "Gretchen Alder resigned in May, citing personal reasons.")
    assert contents([item]) == ["personal reasons"]


def test_that_clause_hung_on_the_addressee_is_the_content(nlp):
    text = "Mayor Ellis Crane told the council at a hearing that the city will recommence its program in the spring."
    (item,) = statements(nlp, text)
    assert item.content[0].text.startswith("that the city will recommence its program")
    assert speaker(item) == "Ellis Crane"


def test_an_organisation_believes_and_forecasts_by_saying(nlp):
    (item,) = statements(nlp, "The Halvorsen Bank expects inflation to fall below two percent next year.")
    assert item.act == "speech"
    assert statements(nlp, "The Halvorsen Bank believes that rates will stay high.")[0].act == "speech"


def test_a_person_hoping_stays_a_thought(nlp):
    assert statements(nlp, "The coach hopes that the striker will be fit by Sunday.") == []


def test_what_was_not_said_is_no_statement(nlp):
    assert statements(nlp, "Ruth Okafor declined to say when the plant would reopen.") == []
    assert statements(nlp, "The minister did not say whether the tax would rise.") == []


def test_adding_a_goal_or_pleading_guilty_is_doing_not_saying(nlp):
    assert statements(nlp, "Striker Tomas Lind added a goal in the third period.") == []
    found = statements(nlp, "A Denver man pleaded guilty to wire fraud on Tuesday, prosecutors said.")
    assert all("prosecutors said" not in text for text in contents(found))


# --- quotations ------------------------------------------------------------------------------------------------


def test_quote_paragraph_after_a_trailing_attribution_continues_that_speaker(nlp):
    text = ("“The tide gauges are reliable,” said Dr Imogen Ferris of the coastal institute.\n\n"
            "“We checked every one of them against satellite data over three winters.”")
    found = statements(nlp, text)
    assert [speaker(item) for item in found] == ["Imogen Ferris"]
    assert "satellite data" in contents(found)[0]


def test_quotation_opened_curly_and_closed_straight(nlp):
    text = "“The harvest is lost this year,\" farmer Ansel Brandt said. \"We will replant in March.\""
    found = statements(nlp, text)
    assert found and speaker(found[0]) == "Ansel Brandt"
    assert "harvest is lost" in contents(found)[0]


# --- speakers ----------------------------------------------------------------------------------------------------


def test_generational_suffix_is_not_the_surname(nlp):
    text = ("Marcus T. Greeley Jr., the county attorney, said the case was closed. "
            "“Nobody is above the law,” Greeley said.")
    assert [speaker(item) for item in statements(nlp, text)] == ["Marcus T. Greeley Jr."] * 2


def test_short_first_name_is_the_same_person(nlp):
    text = ("Patricia Vance, a nurse at the clinic, said the ward was full. "
            "Later Pat Vance told the board that two more beds had been found.")
    assert {speaker(item) for item in statements(nlp, text)} == {"Patricia Vance"}


def test_dateline_is_not_the_speaker(nlp):
    (item,) = statements(nlp, "LYON, France — The cheese cooperative says prices will rise in the spring.")
    assert "cooperative" in speaker(item)


def test_heading_line_is_not_the_speaker(nlp):
    text = "Market outlook\n\nA report by the central bank stated that growth would slow in the spring."
    (item,) = statements(nlp, text)
    assert "report" in item.source.text and "outlook" not in item.source.text


def test_of_two_subjects_the_one_next_to_the_verb_speaks(nlp):
    text = 'Meridian editor-in-chief Dana Whitfield said: "We will publish the full letter tomorrow."'
    (item,) = statements(nlp, text)
    assert speaker(item) == "Dana Whitfield"


def test_role_noun_refers_to_the_person_named_with_it(nlp):
    text = ("Gallery founder Mara Lindqvist opened the new wing on Monday. Visitors queued for hours. "
            "The founder said the building would stay open late on Fridays.")
    (item,) = statements(nlp, text)
    assert speaker(item) == "Mara Lindqvist"


def test_he_is_never_an_institution(nlp):
    text = ("Oren Castell was arrested in April. The county attorney's office said he had made threats. "
            "In the call, he said he would burn the building down.")
    found = statements(nlp, text)
    last = [item for item in found if "burn" in contents([item])[0]]
    assert last and speaker(last[0]) == "Oren Castell"


def test_the_statement_said_is_its_issuer(nlp):
    text = ("Two pilots were hurt in the landing, the Norwegian air force said in a statement on Tuesday. "
            "\"A board of inquiry will report by the summer,\" the statement said.")
    found = statements(nlp, text)
    assert [speaker(item) for item in found][-1] == "Norwegian air force"


def test_per_a_named_source_is_according_to(nlp):
    (item,) = statements(nlp, "The bacterium, per the Ministry of Health, is found mostly in rodents.")
    assert "Ministry of Health" in item.source.text
    assert "found mostly in rodents" in contents([item])[0]


def test_report_inside_a_relative_clause_reports_what_follows(nlp):
    text = "The engine makes 150 horsepower, which Toyota claims is a record for the class."
    (item,) = statements(nlp, text)
    assert contents([item])[0].startswith("is a record")


def test_reporting_noun_with_by_agent_or_infinitive(nlp):
    (item,) = statements(nlp, "Shares rose despite a warning by the central bank that growth would slow.")
    assert "central bank" in item.source.text
    found = statements(nlp, "The ministry's announcement to close three mines angered the unions.")
    assert contents(found) and contents(found)[0].startswith("to close three mines")


def test_quote_paragraph_after_an_indirect_statement_is_the_same_speaker(nlp):
    text = ("Union leader Kofi Boateng said the talks had collapsed and that workers would strike.\n\n"
            "\"Management asked us to give up everything we won in ten years of bargaining.\"")
    found = statements(nlp, text)
    assert [speaker(item) for item in found] == ["Kofi Boateng"]
    assert "give up everything" in contents(found)[0]


def test_reporting_clause_after_an_exclaimed_quotation_reports_it(nlp):
    text = ("The door gave way after an hour.\n"
            "\"Get down on the floor!\" officers shouted through the window. \"Hands where we can see them.\"")
    found = statements(nlp, text)
    assert found and "Get down on the floor" in contents(found)[0]
    assert found[0].source.text == "officers"


def test_parenthetical_content_stays_on_its_line(nlp):
    text = ("Witness Rhea Mandel tells the paper the driver never stopped.\n"
            "5:02 p.m.\n"
            "A county spokesman says two lanes of the highway have reopened to traffic")
    for item in statements(nlp, text):
        assert "\n" not in contents([item])[0]


def test_noun_then_apposition_then_verb_with_that_clause_is_a_report(nlp):
    text = ("The city's largest employer, Halden Steel, announced on Monday that it would close its oldest mill, "
            "weeks after the strike ended.")
    (item,) = statements(nlp, text)
    assert speaker(item) == "Halden Steel"
    assert contents([item])[0].startswith("that it would close its oldest mill")


# --- long pages (session 5): posts, interviews, titles, names -------------------------------------------------


def test_an_embedded_post_is_said_by_the_name_above_its_handle(nlp):
    text = ("The mayor of Varnholt took to social media on Sunday.\n\n"
            "Our harbour is closed until the storm passes\nPlease stay away from the sea wall tonight "
            "pic.twitter.com/abc123XYZ\n\n— Ingrid Solheim (@ingridsolheim) March 3, 2024\n\n"
            "Ferries were cancelled across the region.")
    (item,) = statements(nlp, text)
    assert speaker(item) == "Ingrid Solheim"
    assert item.kind == "direct"
    assert contents([item])[0].startswith("Our harbour is closed")
    assert "pic.twitter" not in contents([item])[0]


def test_a_signature_without_a_post_above_it_says_nothing(nlp):
    text = "Ferries were cancelled.\n\n— Ingrid Solheim (@ingridsolheim) March 3, 2024"
    assert statements(nlp, text) == []


def test_interview_answers_are_the_interviewee_s(nlp):
    text = ("The Tallow Trust is delighted to welcome Helen Okonkwo as its new director. We asked her about "
            "the year ahead.\n\nQ: What will change first?\n\nA: We will open the archive to every school in the "
            "county.\n\nQ: Favourite book?\n\nA: Anything by Ursula Le Guin, honestly.")
    found = statements(nlp, text)
    assert [speaker(s) for s in found] == ["Helen Okonkwo", "Helen Okonkwo"]
    assert contents(found)[0].startswith("We will open the archive")
    assert all(s.kind == "direct" for s in found)


def test_questions_without_answers_are_no_interview(nlp):
    text = "Helen Okonkwo runs the trust.\n\nQ: What will change first?\n\nNobody knows yet."
    assert statements(nlp, text) == []


def test_a_title_with_a_colon_written_twice_is_no_speaker_label(nlp):
    text = ("Harbour Lights: Second Voyage review – a quiet triumph of a sequel\n\n"
            "Harbour Lights: Second Voyage is a game about keeping a lighthouse running through the winter.")
    assert statements(nlp, text) == []


def test_a_transcript_label_still_speaks(nlp):
    text = "SOLHEIM: The harbour will reopen on Monday.\n\nPETERSEN: We are not sure that is safe at all."
    found = statements(nlp, text)
    assert len(found) == 2 and all(s.kind == "direct" for s in found)


def test_a_verb_the_parser_takes_into_a_name_is_left_out(nlp):
    text = ("Dr. Aino Lindqvist picked up the phone and rang Bertil.\n\n"
            "“I have not had a dizzy spell since,” Bertil said.")
    (item,) = statements(nlp, text)
    assert speaker(item) == "Bertil"


def test_he_is_not_someone_named_inside_the_quotation(nlp):
    text = ("Senator Tom Calloway spoke after the hearing.\n\n"
            "“Heads should have rolled the day Martin Osei walked out of that prison,” he said.\n\n"
            "Senator Paul Brandt said the inquiry would continue.\n\n"
            "“Nobody should forget what happened to Martin Osei,” he said.")
    found = statements(nlp, text)
    assert speaker(found[-1]) == "Paul Brandt"
    assert all(speaker(s) != "Martin Osei" for s in found)


def test_a_demonstrative_is_no_speaker(nlp):
    found = statements(nlp, "That suggests the two chains might have made a good fit.")
    assert found == []


def test_a_digest_passage_is_said_by_its_credit_line(nlp):
    text = ("Here's what the early reviews say:\n\nThe Lumen is Acme's attempt to make cloud printing happen, and "
            "it delivers on most of what it promised.\n\n[ Printer Weekly ]\n\nThe Lumen isn't a printer. It's a "
            "platform for printing from anywhere.\n\n[ Tom's Guide ]")
    found = statements(nlp, text)
    assert [speaker(s) for s in found] == ["Printer Weekly", "Tom's Guide"]  # not "Tom Guide", a person
    assert contents(found)[1].startswith("The Lumen isn't a printer")


def test_a_signature_on_page_text_signs_only_the_line_above(nlp):
    text = ("Ferries were cancelled across the region on Sunday.\nThe harbour master said the storm was the worst "
            "in years.\nOur harbour is closed until the storm passes, please stay away from the sea wall\n"
            "— Ingrid Solheim (@ingridsolheim) March 3, 2024\nThe storm moved north on Monday.")
    signed = [s for s in statements(nlp, text) if speaker(s) == "Ingrid Solheim"]
    assert contents(signed) == ["Our harbour is closed until the storm passes, please stay away from the sea wall"]


def test_a_country_s_ministry_is_that_country_s_not_the_latest_organisation(nlp):
    text = ("The Arab League called the decision illegal.\n\n"
            "The French foreign ministry said it “regrets any decision likely to encourage” the settlements.\n\n"
            "South Korea's foreign ministry said the plan was unacceptable.")
    found = statements(nlp, text)
    assert speaker(found[1]) == "French foreign ministry"
    assert found[2].speaker.country == "KOR"


def test_an_untagged_organisation_name_is_whole_and_no_person(nlp):
    (item,) = statements(nlp, "Marsh Harbour Residents Committee accused the port authority of ignoring the floods.")
    assert speaker(item) == "Marsh Harbour Residents Committee"
    assert item.speaker.type == "organisation"


# --- session 16: what a fresh set of pages taught -------------------------------------------------------------


def test_a_thing_that_appears_to_be_something_is_no_one_she_can_mean(nlp):
    text = ("Marta Lindgren, an analyst at a small research firm, said the board had chosen well.\n\n"
            "The move appears to be the result of a long illness.\n\n"
            "“He has run the company twice before and it went extremely well,” she said.")
    assert speakers(nlp, text) == ["Marta Lindgren", "Marta Lindgren"]


def test_a_profile_subject_goes_on_talking_without_a_cue(nlp):
    text = ("Ingrid Solberg says the first years in the city were hard.\n\n"
            "She had arrived there with no contacts and very little money. “I was incredibly intimidated and "
            "had no experience of anything like it at all.”")
    found = statements(nlp, text)
    assert len(found) == 1 and "incredibly intimidated" in contents(found)[0]
    assert speaker(found[0]) == "Ingrid Solberg"


def test_a_quotation_after_someone_else_is_named_is_not_resumed(nlp):
    text = ("Ingrid Solberg says the first years in the city were hard.\n\n"
            "Her neighbour Piotr Nowak remembers those years well. “The whole street was full of people who "
            "had come to find work and found none.”")
    found = statements(nlp, text)
    assert all("whole street" not in c for c in contents(found))


def test_a_transcript_turn_runs_on_over_its_paragraphs(nlp):
    text = ("PRESENTER: Funding for the rowing squad has been cut again this year.\n"
            "OLAF BRANDT: It is a shame, but it is not the end of the world for the sport.\n"
            "We have produced great crews with far less money than this in the past.\n"
            "PRESENTER: Do you think this is a punishment for the poor results?\n"
            "OLAF BRANDT: I don't think so at all, and nobody has told us that it is.")
    found = statements(nlp, text)
    brandt = [s for s in found if speaker(s) == "Olaf Brandt"]
    assert any("far less money" in c for c in contents(brandt))


def test_a_participle_closing_the_speakers_apposition_is_not_what_was_said(nlp):
    for text in ("Tomas Ekberg, managing editor of The Shipping Observer online news site focused on Maersk, said "
                 "the merger has more symbolic than practical significance.",
                 "Nils Dahl, managing editor of The Harbour Observer online news site focused on Volvo, said the "
                 "merger has more symbolic than practical significance, and that he has expected it for years."):
        (item,) = statements(nlp, text)
        assert speaker(item) in ("Tomas Ekberg", "Nils Dahl")
        assert item.content[0].text.startswith("the merger has more symbolic")


def test_a_lead_in_before_the_speaker_is_not_what_was_said(nlp):
    (item,) = statements(nlp, "Speaking of the agencies the bill creates -- yet does not fully fund -- Hoenig said the "
                              "next crisis will depend on who leads them.")
    assert item.content[0].text.startswith("the next crisis will depend")


def test_a_census_given_name_beside_a_person_noun_is_a_person(nlp):
    text = ("In the north of the county, apple grower Lana Boatwright said only eight of her 48 pickers came.\n\n"
            "“We drive them to the shop at night because they are afraid to go out,” she said.")
    found = statements(nlp, text)
    assert [speaker(s) for s in found] == ["Lana Boatwright", "Lana Boatwright"]
    assert found[0].speaker.type == "person"


def test_a_participle_after_what_was_said_is_the_reporters(nlp):
    text = ("The pilots' union said a quick merger would facilitate trade and the transfer of skills, warning an "
            "extended delay could diminish safety at sea.")
    found = statements(nlp, text)
    assert len(found) == 2 and all("union" in (speaker(s) or "") for s in found)


def test_an_acronym_no_model_tags_is_an_organisation(nlp):
    text = "The rules changed in June.\n\nACCA said a speedy jump would help smaller firms the most."
    (item,) = statements(nlp, text)
    assert speaker(item) == "ACCA" and item.speaker.type == "organisation"


def test_a_subject_cut_off_after_a_furniture_line_still_speaks(nlp):
    text = ("The regulator published its plan on Monday.\n"
            "Further reading\n"
            "ACCA said a speedy jump would facilitate trade and the transfer of skills.")
    assert speakers(nlp, text) == ["ACCA"]


def test_a_quoted_label_the_parser_hangs_on_the_object_is_what_was_called(nlp):
    (item,) = statements(nlp, 'Prosecutor Janna Selby called the proposed rules "an injustice to every victim."')
    assert speaker(item) == "Janna Selby" and "an injustice to every victim" in item.content[0].text


def test_an_objection_to_a_decision_is_said_aloud_but_not_to_a_noise(nlp):
    (item,) = statements(nlp, "Norway and Denmark have strongly objected to the deal.")
    assert item.content[0].text == "the deal"
    assert statements(nlp, "Residents objected to the noise of the trains.") == []


def test_a_given_name_women_bear_more_often_does_not_make_a_man_she(nlp):
    text = ("Barack Obama carried most of the states that lose a seat.\n\n"
            "“It does make it a little bit tougher on Democrats,” said EDS President Kim Brace.\n\n"
            "“It’s not overly dramatic,” he added, “but in a close election it could make a difference.”")
    assert speakers(nlp, text) == ["Kim Brace", "Kim Brace"]


def test_a_surname_written_first_gives_no_gender(nlp):
    text = ("Li Keqiang met the visiting delegation in Beijing on Monday.\n\n"
            "“We will open the market further,” he said.")
    assert speakers(nlp, text) == ["Li Keqiang"]


# --- session 17 ----------------------------------------------------------------------------------------------


def test_a_bare_surname_before_any_full_name_means_the_one_named_most_often(nlp):
    text = ("“We are going to win this state,” Whitcombe said on Tuesday.\n\n"
            "His daughter, Lena Whitcombe, introduced him at the rally in Dayton.\n\n"
            "Gordon Whitcombe spoke for an hour about trade and jobs.\n\n"
            "Afterwards Gordon Whitcombe shook hands with supporters outside the hall.")
    assert speakers(nlp, text) == ["Gordon Whitcombe"]


def test_the_person_asked_is_marked_for_the_ranker_as_the_one_who_answers(nlp):
    from saywho.attribution.resolve import Resolver

    text = "Radio host Dana Pruitt asked Senator Walt Keegan whether his age was fair game in the campaign."
    resolver = Resolver(nlp(text), ranker=None)
    assert resolver._asked(text.index("Walt")) and resolver._asked(text.index("Keegan"))
    assert not resolver._asked(text.index("Dana")) and not resolver._asked(text.index("campaign"))


def test_a_reporting_clause_set_inside_the_reported_one_leaves_its_subject_in_the_content(nlp):
    (item,) = statements(nlp, "The budget, the mayor said, will be balanced by spring.")
    assert contents([item]) == ["The budget … will be balanced by spring"]
    (quoted,) = statements(nlp, "“The budget,” the mayor said, “will be balanced by spring.”")
    assert [c.text for c in quoted.content] == ["“The budget,”", "“will be balanced by spring.”"]


def test_as_someone_put_it_reports_the_clause_it_hangs_on(nlp):
    (item,) = statements(nlp, "As the minister put it, the reform will pay for itself within a decade.")
    assert speaker(item) == "minister" and contents([item]) == ["the reform will pay for itself within a decade"]
    assert statements(nlp, "As the season went on, the club put it to a vote.") == []
    (inside,) = statements(nlp, "The reform, as Ms. Lane put it, will pay for itself.")
    assert contents([inside]) == ["The reform … will pay for itself"]


def test_in_the_words_of_cites_a_source_like_according_to(nlp):
    (item,) = statements(nlp, "In the words of one official, the plan is dead.")
    assert speaker(item) == "one official" and contents([item]) == ["the plan is dead"]


def test_a_verb_inside_what_another_reports_is_no_parenthetical_of_its_own(nlp):
    (item,) = statements(nlp, "In a statement, the company said it would appeal.")
    assert speaker(item) == "company" and contents([item]) == ["it would appeal"]


def test_what_someone_is_made_asked_or_allowed_to_say_is_no_statement(nlp):
    assert statements(nlp, "The bill would require companies to report emissions.") == []
    assert statements(nlp, "The rules allow officials to announce results early.") == []
    (asked,) = statements(nlp, "He asked the minister to explain the delay.")
    assert asked.cue.text == "asked"
    (insisted,) = statements(nlp, "Lane refused to comment but insisted that the plan was sound.")
    assert speaker(insisted) == "Lane"


def test_what_is_asked_about_or_supposed_is_not_said(nlp):
    (item,) = statements(nlp, "It is unclear whether the company will appeal, a lawyer for the firm said.")
    assert speaker(item) == "lawyer for the firm"
    (conditional,) = statements(nlp, "If she says yes, the deal will go ahead, officials said.")
    assert speaker(conditional) == "officials"


def test_a_leader_the_dictionary_knows_answers_to_a_description_by_state(nlp):
    text = ("Prime Minister Keir Starmer met President Emmanuel Macron in Paris on Thursday.\n\n"
            "Speaking after the meeting, the French leader said the two countries would work together on migration.")
    assert speakers(nlp, text) == ["Emmanuel Macron"]


def test_a_post_quoted_after_a_colon_is_what_was_posted(nlp):
    (item,) = statements(nlp, "Another user posted: “Finally, some good news.”")
    assert speaker(item) == "Another user" and contents([item]) == ["“Finally, some good news.”"]
    assert statements(nlp, "The firm posted a loss of 2 million dollars in the third quarter.") == []


def test_a_surname_the_tagger_takes_for_a_plural_noun_is_still_the_person(nlp):
    text = ("Nvidia shares fell 3 percent. Analyst Dan Ives of Wedbush said investors were nervous. "
            "“The market is jittery,” Ives wrote in a note to clients.")
    assert speakers(nlp, text) == ["Dan Ives", "Dan Ives"]


def test_the_spaniard_or_the_utah_republican_is_someone_just_named_never_a_government(nlp):
    assert speakers(nlp, "Rafael Nadal lost in the first round. The Spaniard told reporters he would return.") == [
        "Rafael Nadal"]
    assert speakers(nlp, "Macron met Starmer in London. The Frenchman said the talks had gone well.") == [
        "Emmanuel Macron"]
    text = "Rep. Jason Chaffetz has asked the FBI for the documents. The Utah Republican said the public deserved answers."
    assert speakers(nlp, text) == ["Jason Chaffetz"]


def test_a_surname_the_tagger_takes_for_a_place_is_still_the_person(nlp):
    text = ("“This is nonsense,” said opposition leader Kemi Badenoch.\n\n"
            "Badenoch, who leads the Conservatives, added that she would table a motion.")
    assert speakers(nlp, text) == ["Kemi Badenoch", "Kemi Badenoch"]


def test_a_that_clause_the_parser_hangs_on_a_time_phrase_is_what_was_said(nlp):
    (item,) = statements(nlp, "Experts have warned for years that the dam could fail.")
    assert item.cue.text == "have warned" and contents([item]) == ["that the dam could fail"]


def test_a_person_noun_never_resolves_to_the_organisation_last_named(nlp):
    text = "In an interview with the BBC, the actress said she had been devastated by the news."
    assert speakers(nlp, text) == ["actress"]
    assert speakers(nlp, "Shares of Acme Corp fell on Monday. The company said sales had slowed.") == ["Acme Corp"]


# --- session 18: sentences written to find general faults ----------------------------------------------------


def test_one_made_to_say_it_said_it_and_is_the_speaker(nlp):
    (item,) = statements(nlp, "Falling sales forced the chief executive to concede that the plan had failed.")
    assert speaker(item) == "chief executive" and contents([item]) == ["that the plan had failed"]
    (item,) = statements(nlp, "The slump in orders led the carmaker to announce it would close the plant.")
    assert speaker(item) == "carmaker" and contents([item]) == ["it would close the plant"]
    assert statements(nlp, "The new rules would require companies to report their emissions.") == []


def test_a_surname_the_tagger_takes_for_a_people_is_still_the_person(nlp):
    text = "Maria Hollis leads the firm. Falling sales forced Hollis to concede that the plan had failed."
    assert speakers(nlp, text) == ["Maria Hollis"]


def test_what_is_admitted_to_is_what_was_said_but_not_whom_to_or_a_hospital(nlp):
    (item,) = statements(nlp, "The bakery chain admitted to the hygiene failures and closed two shops.")
    assert speaker(item) == "bakery chain" and contents([item]) == ["the hygiene failures"]
    assert statements(nlp, "Marta Lind admitted to reporters.") == []
    assert statements(nlp, "The striker was injured and admitted to hospital on Sunday.") == []


def test_a_speech_participle_after_a_noun_is_said_by_that_noun(nlp):
    (item,) = statements(nlp, "Heavy rain is expected this week, with forecasters warning that rivers could flood.")
    assert speaker(item) == "forecasters" and contents([item]) == ["that rivers could flood"]
    (item,) = statements(nlp, "The minister, speaking to reporters, said the talks would resume.")
    assert speaker(item) == "minister"  # a participle set off by commas is circumstance, not a second report
    text = "Morrison was the third witness testifying Tuesday who listened in on the call. He said he was calm."
    assert speakers(nlp, text) == ["Morrison"]  # a witness testifying, with no clause said, is no speaker


def test_a_people_named_by_a_plural_demonym_speak_as_a_group(nlp):
    assert speakers(nlp, "Republicans said the bill would fail.") == ["Republicans"]
    assert speakers(nlp, "House Democrats say they have the votes.") == ["House Democrats"]  # not the House
    assert speakers(nlp, "The Kurds, who control the town, said they would stay.") == ["Kurds"]


def test_a_participle_set_off_by_commas_is_not_part_of_the_speakers_words(nlp):
    text = "Officials at the ministry, speaking on condition of anonymity, said the deal was close."
    (item,) = statements(nlp, text)
    assert item.source.text == "Officials at the ministry" and speaker(item) == "Officials at the ministry"


def test_what_a_speaker_was_asked_and_a_wish_for_anonymity_are_not_statements(nlp):
    found = statements(nlp, "Asked about the strike, the minister replied that talks were continuing.")
    assert contents(found) == ["that talks were continuing"] and speaker(found[0]) == "minister"
    found = statements(nlp, "“It's a disaster,” one resident told the Guardian, asking not to be named.")
    assert contents(found) == ["“It's a disaster,”"]
    assert speakers(nlp, "The minister asked reporters whether they had read the report.") == ["minister"]


def test_a_reporting_verb_the_parser_hangs_on_a_quoted_verb_still_reports_the_quote(nlp):
    # the small parser reads "said" inside the quotation as the sentence's root and "insisted" as its clause
    found = statements(nlp, "“I never said that,” Hale insisted, adding that the quote had been invented.")
    assert contents(found) == ["“I never said that,”", "that the quote had been invented"]
    assert [speaker(s) for s in found] == ["Hale", "Hale"]
    assert contents(statements(nlp, "The company said it would appeal.")) == ["it would appeal"]


# --- session 19: passages written by a helper to find general faults ----------------------------------------------


def test_an_age_used_as_a_description_is_the_person_just_named(nlp):
    text = 'Jane Roe spoke at the meeting on Tuesday. "This is wrong," the 34-year-old said.'
    assert speakers(nlp, text) == ["Jane Roe"]  # the parser hangs "the" and the age on "said": no subject at all
    text = 'Rovers manager Graham Pike praised his side. "We were second best for an hour," admitted the 52-year-old.'
    assert speakers(nlp, text)[-1] == "Graham Pike"  # was no statement: its source read as a date
    text = 'Lars Verhoeven took pole position. "The team gave me a fantastic car," said the 24-year-old Dutchman.'
    assert speakers(nlp, text) == ["Lars Verhoeven"]


def test_a_sports_epithet_is_the_player_just_named(nlp):
    text = 'Quarterback Ethan Brooks ran for the winning touchdown. "I saw the lane and I just went," the junior said.'
    assert speakers(nlp, text) == ["Ethan Brooks"]


def test_a_fronted_participle_and_its_object_are_not_the_speaker(nlp):
    text = ('Ryan Mercer struck the cyclist in October. Sentencing Mercer, Judge Philip Harding told him: '
            '"You will have to live with what you did."')
    assert speakers(nlp, text) == ["Philip Harding"]


def test_conditions_of_speaking_and_advice_are_not_statements(nlp):
    assert statements(nlp, "The officials spoke on condition of anonymity because they were not authorized to "
                           "discuss the talks publicly.") == []
    assert contents(statements(nlp, "Owners should expect to receive letters in late May, the company said.")) == [
        "Owners should expect to receive letters in late May"]
    text = "Skipper Alan Buchan thinks the scientists are being too cautious, but he has never said so publicly."
    assert statements(nlp, text) == []  # what comes before a negated cue is not what he did not say
    assert statements(nlp, "Tamura Motors is recalling about 480,000 SUVs in the United States.") == []
    assert speakers(nlp, "Kim recalled that the hall had been empty.") == ["Kim"]


def test_a_line_label_is_no_speaker(nlp):
    text = "Verdict: at $649, the Nova 12 is a bargain.\n\nOwners will get letters in May, the company said."
    found = statements(nlp, text)
    assert [speaker(s) for s in found] == ["company"]


def test_responding_reports_only_a_clause_or_a_quote(nlp):
    assert speakers(nlp, "“Oh my,” Lucas responded with a sigh.") == ["Lucas"]
    assert speakers(nlp, "Lucas responded that the launch was safe.") == ["Lucas"]
    found = statements(nlp, "Officers responded to an alarm and found a door forced open, police said.")
    assert [speaker(s) for s in found if s.cue.text.startswith("respond")] == []


def test_an_interview_s_answers_under_the_interviewee_s_name(nlp):
    text = ("Sofia Rivera opened her first bakery in Austin in 2015. We spoke to her about expansion.\n\n"
            "Q: What is next?\n\nRivera: We are opening our first cafe in Madrid in the spring.\n\n"
            "Q: Were you nervous?\n\n"
            "Rivera: I was terrified. My mentor, Ian Moss, told me, \"Nobody expects anything from you.\"\n")
    found = statements(nlp, text)
    assert [(speaker(s), s.content[0].text) for s in found] == [
        ("Sofia Rivera", "We are opening our first cafe in Madrid in the spring"),
        ("Sofia Rivera", "I was terrified"),
        ("Ian Moss", "\"Nobody expects anything from you.\""),
    ]


def test_a_role_word_before_a_name_tagged_an_organisation(nlp):
    text = ('Anna Lindqvist opened the festival. Actress Chidinma Kearney said she learned to sail for the role. '
            '"I was seasick every day," she joked.')
    assert speakers(nlp, text) == ["Chidinma Kearney", "Chidinma Kearney"]  # not Anna Lindqvist
    text = 'Spokesman Olumide Bakare said the review was critical. "It is critical," he said.'
    assert speakers(nlp, text) == ["Olumide Bakare", "Olumide Bakare"]
    assert speakers(nlp, "Det Sgt Paul Rowntree said the attack was unprovoked.") == ["Paul Rowntree"]
    assert speakers(nlp, "Councillor Raj Mehta said the road would be closed.") == ["Raj Mehta"]
    assert speakers(nlp, "Jonathan Rees KC said his client would appeal.") == ["Jonathan Rees"]


def test_a_surname_tagged_an_organisation_is_the_person_named_before(nlp):
    assert speakers(nlp, "Pep Guardiola praised his players. Later, Guardiola said the title race was over.") == [
        "Pep Guardiola", "Pep Guardiola"]


def test_names_of_organisations_keep_their_possessives(nlp):
    assert speakers(nlp, "The Alzheimer's Society said the findings were encouraging.") == ["Alzheimer's Society"]
    assert speakers(nlp, "The Scottish Fishermen's Federation said quotas were too low.") == [
        "Scottish Fishermen's Federation"]


def test_the_name_after_a_role_for_someone_is_the_speaker(nlp):
    assert speakers(nlp, "A spokeswoman for Ostrander, Lisa Chen, said the plant would stay open.") == ["Lisa Chen"]


def test_the_one_quoted_is_the_speaker_not_the_outlet(nlp):
    assert speakers(nlp, "TASS quoted Foreign Minister Sergei Volkov as saying that talks would resume.") == [
        "Sergei Volkov"]


def test_an_interviewer_s_turns_are_not_statements(nlp):
    text = ("Singer Mara Quinn spoke to us before her tour.\n\nINTERVIEWER: What happened on the last tour?\n\n"
            "QUINN: We lost our drummer in Berlin and played as a trio for a month.\n")
    assert speakers(nlp, text) == ["Mara Quinn"]


def test_a_quote_after_where_it_was_posted(nlp):
    text = 'The launch was postponed again. Reid Cole later posted on X: "Disappointed, but we trust the team."'
    (item,) = statements(nlp, text)
    assert (speaker(item), item.kind) == ("Reid Cole", "direct")


def test_a_short_quotation_right_after_a_statement_continues_it(nlp):
    text = 'Sophie Lang said her daughter faced a long bus journey. "It isn\'t fair."'
    (item,) = statements(nlp, text)
    assert contents([item]) == ["her daughter faced a long bus journey … \"It isn't fair.\""]


def test_bylines_and_credits_name_no_one_the_article_quotes(nlp):
    text = ("By Daniel Price\n\nShares rose on Tuesday. Pre-tax profit rose 12 percent, the company said.\n\n"
            "(Credit: Marcus Hale / TechDaily)\n\nThe company says the new sensor is twice as fast.")
    assert speakers(nlp, text) == ["company", "company"]


def test_organisations_named_with_a_state_or_an_and(nlp):
    assert speakers(nlp, "Diabetes UK said the findings were worrying.") == ["Diabetes UK"]
    assert speakers(nlp, "Avon Fire and Rescue Service said it was called at 2.15pm.") == [
        "Avon Fire and Rescue Service"]


def test_packets_screens_results_and_beats_say_nothing(nlp):
    assert statements(nlp, "The packet of bicarbonate of soda says to store it in a cool, dry place.") == []
    assert statements(nlp, 'The home screen simply asks "How much time do you have?"') == []
    assert statements(nlp, "Nvidia reports quarterly results next Wednesday.") == []
    assert statements(nlp, "Owen Fairclough writes about apps and digital wellbeing.") == []
    assert statements(nlp, "Explainer: Why are mortgage rates still so high for first-time buyers?") == []
    assert speakers(nlp, "Microsoft reported that demand for its cloud services had doubled.") == ["Microsoft"]


def test_the_writer_s_own_words_joined_to_reported_ones_are_not_reported(nlp):
    text = ("Samsung says the Galaxy Watch 7 is its most health-focused watch yet, and after three weeks on my wrist "
            "I'm inclined to agree.")
    assert contents(statements(nlp, text)) == ["the Galaxy Watch 7 is its most health-focused watch yet"]
    assert contents(statements(nlp, "He said the plan had failed and that we would pay for it.")) == [
        "the plan had failed and that we would pay for it"]


# --- session 20: passages written to find general faults -----------------------------------------------------------


def test_a_name_in_apposition_to_the_subject_is_whom_he_continues(nlp):
    text = ('"We were never in this game," said Sheffield coach Mark Dyer. Hallam boss Steve Ojo was delighted. '
            '"It was a great day for the club," he said. The council\'s finance chief, Tom Reed, disagreed. '
            'He said the budget was balanced.')
    assert speakers(nlp, text) == ["Mark Dyer", "Steve Ojo", "Tom Reed"]


def test_a_later_bare_name_is_the_middle_or_article_less_surname(nlp):
    text = 'Alvin Chan Ka-wai, a sales director, said prices had been cut. "We\'d rather sell at a loss," Chan said.'
    assert speakers(nlp, text) == ["Alvin Chan Ka-wai", "Alvin Chan Ka-wai"]
    text = '"They\'re burning cash," said Sun Hao, an analyst at Everbright. Mr Sun said he had cut his target price.'
    assert speakers(nlp, text) == ["Sun Hao", "Sun Hao"]
    text = ("Jordan's foreign minister, Ayman al-Rawashdeh, said a deal was close. Rawashdeh said both sides had "
            "accepted an exchange.")
    assert speakers(nlp, text) == ["Ayman al-Rawashdeh", "Ayman al-Rawashdeh"]


def test_a_given_name_the_tagger_left_out_is_part_of_the_name(nlp):
    assert speakers(nlp, "His rival, Ana Paula Silva, said fares should be cut by half.") == ["Ana Paula Silva"]
    assert speakers(nlp, "The lawyer, María Fernanda Ríos Garza, said her client was a scapegoat.") == [
        "María Fernanda Ríos Garza"]


def test_a_nominal_speaker_is_named_without_its_relative_clause(nlp):
    assert speakers(nlp, "A neighbour, who did not want to be named, said she had heard shouting.") == ["neighbour"]
    assert speakers(nlp, "A couple from Norwich who won £4.2 million say they will open a dog sanctuary.") == [
        "couple from Norwich"]


def test_a_quote_of_several_sentences_is_taken_whole_whatever_its_last_clause(nlp):
    text = '"The house was dancing. I grabbed my children and we ran to the road," said Marites Villanueva.'
    (item,) = statements(nlp, text)
    assert item.kind == "direct" and contents([item]) == [text[:text.index(" said")]]
    text = ('"Honestly, I didn\'t plan it. My legs felt good," Mork said, still shivering under a foil blanket.')
    (item,) = statements(nlp, text)
    assert "shivering" not in contents([item])[0]


def test_a_second_reporting_verb_joined_inside_the_content_is_the_first_speaker_s(nlp):
    text = "The Royal College said that schools should focus on sleep, and called for more research."
    assert speakers(nlp, text) == ["Royal College", "Royal College"]
    text = ("Bacolcol told a radio station that aftershocks were likely to continue and warned residents to stay out "
            "of damaged buildings.")
    assert speakers(nlp, text) == ["Bacolcol", "Bacolcol"]


def test_speech_not_yet_made_and_hearsay_passives_are_not_statements(nlp):
    assert statements(nlp, "The jury, chaired by Julianne Laurent, will announce the winners on Saturday.") == []
    assert statements(nlp, "The company plans to launch the X7 next month and is expected to announce a cheaper "
                           "model in the spring.") == []
    assert statements(nlp, "Valderrey are in talks to sign Sigurdsen, with the two clubs said to be around £6m "
                           "apart on the fee.") == []


def test_a_name_the_tagger_took_for_a_thing_or_a_place_is_a_person(nlp):
    text = "Her daughter, the architect Anna Reid, said her mother had remained curious until the end."
    assert speakers(nlp, text) == ["Anna Reid"]
    assert speakers(nlp, "Head of animal care Bethany Coles said the team was over the moon.") == ["Bethany Coles"]
    text = "Nurses ran in uniform. One of them, Bukola Adeyemi, told our reporter she was shattered."
    assert speakers(nlp, text) == ["Bukola Adeyemi"]


def test_a_relative_sharing_a_surname_is_another_person(nlp):
    text = ("Imran Siddiqui said his son had called the police. His son, Bilal Siddiqui, 16, said he had watched on "
            "the monitor.")
    assert speakers(nlp, text) == ["Imran Siddiqui", "Bilal Siddiqui"]


def test_a_gendered_description_is_never_someone_of_the_other_gender(nlp):
    text = ('The lawyer, María Ríos, said her client was innocent. A fuel-station owner said the trade had gone on '
            'for years. "Everyone knew," the man said.')
    assert speakers(nlp, text)[-1] != "María Ríos"


def test_a_wire_dateline_is_no_speaker_and_no_part_of_one(nlp):
    text = ("KOTA BHARU: Some 12,000 flood victims will receive aid by next week, said Deputy Prime Minister Ahmad "
            "Zahid Hamidi.")
    assert speakers(nlp, text) == ["Ahmad Zahid Hamidi"]
    assert speakers(nlp, "NAGPUR: Vidarbha booked their place in the final on Sunday.") == []
    text = "MANILA - A barangay chairman in Tondo has promised residents that the canals will be dredged."
    assert statements(nlp, text)[0].source.text == "A barangay chairman in Tondo"


def test_titles_written_with_a_stop_and_regional_honorifics_are_no_part_of_a_name(nlp):
    assert speakers(nlp, "The bridge will open in May, said Engr. Tunji Alausa.") == ["Tunji Alausa"]
    assert speakers(nlp, "Shri Sanjay Badkas said the fair would go ahead.") == ["Sanjay Badkas"]


def test_a_text_s_opening_headline_is_no_statement(nlp):
    text = "Police say gunman in Leeds attack acted alone\n\nDetectives said on Monday that the man had no accomplices."
    assert speakers(nlp, text) == ["Detectives"]


def test_a_hyphenated_surname_is_one_name(nlp):
    text = "Kwame Feldt-Oyelaran, an economist, said prices would rise. Feldt-Oyelaran said the bank was late."
    assert speakers(nlp, text) == ["Kwame Feldt-Oyelaran", "Kwame Feldt-Oyelaran"]
    assert speakers(nlp, "Sprinter Shericka Thompson-Reid says the national record is within reach.") == [
        "Shericka Thompson-Reid"]


# --- session 21: passages written to find general faults -----------------------------------------------------------
def test_a_surname_after_a_quote_tagged_a_work_is_the_person_named_before(nlp):
    text = 'Pieter van der Linden met voters on Monday. "Every fourth job depends on the port," Van der Linden said.'
    assert speakers(nlp, text) == ["Pieter van der Linden"]
    text = 'Sophie Marchand spoke on the radio. "Dialogue is not a weakness," Mme Marchand said.'
    assert speakers(nlp, text) == ["Sophie Marchand"]
    text = 'Efua Mensah-Bonsu signed the deal. "Our peoples have always traded," Mensah-Bonsu said.'
    assert speakers(nlp, text) == ["Efua Mensah-Bonsu"]


def test_what_someone_declined_to_say_is_no_statement(nlp):
    assert statements(nlp, "Gary Carver declined to criticise the officials.") == []
    assert statements(nlp, "A spokesman declined to confirm reports that the group was known to police.") == []


def test_an_office_holder_with_an_unfamiliar_name_is_whom_she_continues(nlp):
    text = ("Pieter van der Berg said the buyout offers were unfair. The agriculture minister, Femke de Vries-Hoekstra, "
            "told parliament that the scheme was voluntary. \"Nobody will be forced off their land,\" she said.")
    assert speakers(nlp, text) == ["Pieter van der Berg", "Femke de Vries-Hoekstra", "Femke de Vries-Hoekstra"]
    text = ('María José García Ruiz, a spokeswoman for the union, said rents had risen sharply. "It is not a crisis '
            'anymore," García Ruiz said.')
    assert speakers(nlp, text) == ["María José García Ruiz", "María José García Ruiz"]


def test_a_name_after_a_role_for_someone_is_the_speaker(nlp):
    text = "The defence advocate for Thembinkosi Ndlovu, Pieter Botha, said the witness was lying."
    assert speakers(nlp, text) == ["Pieter Botha"]
    text = "The UN's humanitarian coordinator for Somalia, Ingrid Sørensen-Aho, told reporters the rains had failed."
    assert speakers(nlp, text) == ["Ingrid Sørensen-Aho"]


def test_a_one_or_two_word_sentence_quoted_after_the_cue_goes_on_with_it(nlp):
    items = statements(nlp, '"We won," said Ann Moss. "Very easily."')
    assert len(items) == 1 and items[0].content[-1].text == '"Very easily."'


def test_a_card_or_an_epigraph_quoted_is_no_statement(nlp):
    assert statements(nlp, 'A card on her fridge reads "Grandma is stronger than cancer".') == []
    assert statements(nlp, 'The epigraph, taken from an old proverb, reads "The road you do not take is also a '
                           'road".') == []


def test_a_body_described_is_never_the_person_quoted_before(nlp):
    text = ("KARACHI — Dr. Rabia Anwar Malik said her staff had treated 300 patients.\n"
            "The K-Electric utility said in a statement that it had exempted hospitals from power cuts.")
    assert speakers(nlp, text) == ["Rabia Anwar Malik", "K-Electric utility"]
    text = ("DHAKA — Bangladesh has evacuated more than 800,000 people, the disaster management ministry said in a "
            "statement on Saturday.")
    assert speakers(nlp, text) == ["disaster management ministry"]


def test_an_act_planned_or_aimed_at_inside_another_s_statement_is_none_of_its_own(nlp):
    assert speakers(nlp, "Colin Thwaites said he had stayed behind to defend his property.") == ["Colin Thwaites"]
    assert len(statements(nlp, "The company said in a filing that it expected to book restructuring charges of 85 "
                               "billion yen.")) == 1
    assert len(statements(nlp, "Naveed Chaudhry said he would meet the traders next week to discuss loading "
                               "bays.")) == 1


def test_given_names_the_lists_lack(nlp):
    assert speakers(nlp, "Chief risk officer Emeka Obiora said non-performing loans had risen.") == ["Emeka Obiora"]
    text = ('Mary Walsh said the ward was full. "We are stretched," she said. Zeynep Arslan said her sister was '
            'missing. "Since then, nothing," she said.')
    assert speakers(nlp, text) == ["Mary Walsh", "Mary Walsh", "Zeynep Arslan", "Zeynep Arslan"]


def test_a_time_in_the_morning_ends_its_sentence_before_a_quote(nlp):
    items = statements(nlp, 'The club opened the gates only at 5 a.m. "We have been planning this for a year," he '
                            'said.')
    assert [c.text for c in items[0].content] == ['"We have been planning this for a year,"']


def test_a_post_quoted_after_writing_or_a_caption_and_a_colon(nlp):
    text = 'World Athletics president Sebastian Coe congratulated her on X, writing: "A class act."'
    assert speakers(nlp, text) == ["Sebastian Coe"]
    text = 'The club posted a video on Instagram with the caption: "Welcome home, Tomas."'
    assert [c.text for c in statements(nlp, text)[0].content] == ['"Welcome home, Tomas."']


def test_a_word_of_who_someone_is_before_the_name_is_no_part_of_it(nlp):
    assert speakers(nlp, "Fisherman Jun-Jun Macaraeg said the catch was poor.") == ["Jun-Jun Macaraeg"]
    assert speakers(nlp, "Forecaster Le Minh Quang said the storm would strengthen.") == ["Le Minh Quang"]


def test_a_co_verb_in_the_speaker_s_description_keeps_the_statement(nlp):
    text = "Oskar Hansson, a neurologist who co-led the research, said that the drug slowed decline."
    assert speakers(nlp, text) == ["Oskar Hansson"]


def test_labels_no_one_and_a_body_of_another_kind(nlp):
    assert statements(nlp, "VERDICT: False. Recorded assaults have risen, but nowhere near a doubling.") == []
    assert statements(nlp, "Not everyone agrees that renewables are cheap.") == []
    text = ("Students will be moved to Hawthorne Middle School on Monday. The county health department said it had not "
            "received any reports of illness.")
    assert speakers(nlp, text) == ["county health department"]


def test_wire_relays_and_second_acts_are_the_speaker_s(nlp):
    text = '"We have the experience," Lukashenko was quoted by the state news agency BelTA as saying.'
    assert speakers(nlp, text) == ["Alexander Lukashenko"]
    text = "Former president Evo Morales said the government had failed and called for early elections."
    assert speakers(nlp, text) == ["Evo Morales", "Evo Morales"]
    text = "The Kremlin dismissed reports that talks had collapsed, saying contacts with Kyiv were continuing."
    assert speakers(nlp, text) == ["Russian government", "Russian government"]


def test_a_clause_about_someone_ending_in_a_colon_before_a_quote(nlp):
    text = 'Spanish Prime Minister Lucía Ferrer is more conciliatory: "There is a compromise available. We will find it."'
    assert speakers(nlp, text) == ["Lucía Ferrer"]
    assert statements(nlp, 'The rules are simple: "No phones in class."') == []


def test_a_name_the_tagger_cut_in_two_or_took_for_its_honorifics(nlp):
    text = "Tanzania's President Samia Suluhu Hassan said the election would be held in October."
    assert speakers(nlp, text) == ["Samia Suluhu Hassan"]
    assert speakers(nlp, "Saudi Energy Minister Prince Abdulaziz bin Salman said output would rise.") == [
        "Abdulaziz bin Salman"]
    assert speakers(nlp, "Deputy Prime Minister Datuk Seri Fadillah Yusof said the plan was ready.") == [
        "Fadillah Yusof"]


# --- session 22: passages written to find general faults -----------------------------------------------------------
def test_a_clause_ending_in_a_colon_before_a_quotation_gives_it_a_speaker(nlp):
    text = 'Senator Ignacio Valdes put it bluntly: "Every government finds money for banks."'
    assert speakers(nlp, text) == ["Ignacio Valdes"]
    text = 'Its chairman, Yosef Ndolu, was sceptical: "Working groups do not feed children."'
    assert speakers(nlp, text) == ["Yosef Ndolu"]
    text = ('The central bank president, Rodrigo Fuenzalida, gave a speech last week. His warning was simple: '
            '"Fiscal credibility, once lost, is expensive to recover."')
    assert speakers(nlp, text) == ["Rodrigo Fuenzalida"]
    assert statements(nlp, 'The plan was simple: "Build first, argue later."') == []


def test_it_after_a_body_or_document_quoted_by_its_description(nlp):
    text = "The port authority said about 40 vessels were waiting. It added that talks were scheduled for Thursday."
    assert speakers(nlp, text) == ["port authority", "port authority"]
    text = "The indictment alleges that Rajesh Menon hid losses. It says Menon approved 37 transfers."
    assert speakers(nlp, text) == ["indictment", "indictment"]


def test_names_the_tagger_took_for_bodies_or_places(nlp):
    text = ('Fiona MacLeod founded the festival with her husband, Alasdair MacLeod. "We could have kept going," '
            'Alasdair MacLeod said.')
    assert speakers(nlp, text) == ["Alasdair MacLeod"]
    text = ('His son, Kenji Tanaka, sells the knives abroad. "My father thinks Instagram is a kind of steel," '
            'Kenji said.')
    assert speakers(nlp, text) == ["Kenji Tanaka"]
    text = "Lear is played by Iain Rutherford, 74. He said the two productions could hardly be more different."
    assert speakers(nlp, text) == ["Iain Rutherford"]


def test_a_surname_alone_brings_its_person_back_for_the_next_she(nlp):
    text = ('Prosecutor Simone Ward said the theft was planned. Defence lawyer Rebecca Hall said the records were '
            'chaotic. "My client is innocent," she said. Ward rejected that argument. "Chaos does not buy a caravan," '
            'she said.')
    assert speakers(nlp, text) == ["Simone Ward", "Rebecca Hall", "Rebecca Hall", "Simone Ward"]


def test_he_is_never_a_collective_named_inside_a_statement(nlp):
    text = ('Another passenger, Mehmet Yilmaz, said he had been told by gate staff to go home. "I live in Istanbul," '
            'he said.')
    assert speakers(nlp, text)[-1] == "Mehmet Yilmaz"


def test_a_pronoun_in_someone_elses_clause_gives_the_speaker_no_gender(nlp):
    text = 'Yohannes Bekele said the federation expected her to win. "Selam is the future," he said.'
    assert speakers(nlp, text)[-1] == "Yohannes Bekele"


def test_what_a_negated_cue_names_went_unsaid(nlp):
    text = "Two soldiers were killed, the military said. The military did not reveal the crash location."
    assert contents(statements(nlp, text)) == ["Two soldiers were killed"]


def test_one_of_a_group_quoted_is_a_speaker_of_its_own(nlp):
    text = ("Two people familiar with the matter said the board wanted deeper cuts. One of them said directors had "
            "discussed closing the Dublin office.")
    assert speakers(nlp, text) == ["Two people familiar with the matter", "one of the two people familiar with the matter"]
    text = ('Women who sell periwinkles said their income had disappeared. "This week there was nothing to sell," '
            'one of them said.')
    assert speakers(nlp, text)[-1] == "one of the women"


def test_records_speak_for_their_publisher_or_as_themselves(nlp):
    text = ("The incumbent was headed for victory, according to preliminary results published by the Central "
            "Electoral Commission.")
    assert speakers(nlp, text) == ["Central Electoral Commission"]
    assert speakers(nlp, "In 2021 the company withdrew a batch of injections, according to FDA records.") == [
        "FDA records"]


def test_a_surname_alone_is_the_person_named_in_full_before_however_tagged(nlp):
    text = 'Lua Tavares released a new album on Friday. "I needed to be far away," Tavares said.'
    assert speakers(nlp, text) == ["Lua Tavares"]
    text = 'Ama Boateng directed the play. "You can\'t fake that rhythm," Boateng said.'
    assert speakers(nlp, text) == ["Ama Boateng"]
    text = "Efrain Condori gives the film its stillness. Condori said he had never seen the sea."
    assert speakers(nlp, text) == ["Efrain Condori"]


def test_what_characters_say_in_a_story_is_no_statement(nlp):
    assert statements(nlp, 'In the film, the old farmer turns to his granddaughter and says, "The sea always takes '
                           'back what it lends."') == []
    assert statements(nlp, 'In the novel, its narrator writes in his logbook: "Today I said nothing."') == []
    assert statements(nlp, "In the play, a student insists she will be the country's first female president.") == []
    assert statements(nlp, 'Clips will carry a tag that says "Made with AI" in the corner of the screen.') == []


def test_the_company_is_never_a_regulator_or_a_campaign(nlp):
    text = ('The FDA warned that pumps made by Corvant Medical may deliver too much insulin. "Patient safety is our '
            'highest priority," the company said.')
    assert speakers(nlp, text) == ["Food and Drug Administration", "Corvant Medical"]  # the dictionary's FDA


def test_offices_and_companies_around_a_name(nlp):
    assert speakers(nlp, "City of Ballarat mayor Tessa Kowalczyk said the road would reopen.") == ["Tessa Kowalczyk"]
    assert speakers(nlp, "Prices will rise, said Dutch MEP Pieter Bakker.") == ["Pieter Bakker"]
    assert speakers(nlp, "Lunaria, the company behind the app, said in a statement that it takes privacy extremely "
                         "seriously.") == ["Lunaria"]


def test_the_commission_is_the_commission_named_before(nlp):
    text = "The Minerals Commission said it would open ten offices. The commission said it had begun a survey."
    assert speakers(nlp, text) == ["Minerals Commission", "Minerals Commission"]
    text = ("The International Monetary Fund welcomed the decision. The fund said it would continue to support the "
            "programme.")
    assert speakers(nlp, text)[:2] == ["International Monetary Fund", "International Monetary Fund"]


def test_a_body_is_the_noun_its_name_is_headed_by_whatever_the_noun(nlp):
    """Session 53, from helpers' science texts: "the partnership", "the census" after a name headed by that noun
    (not on a list of kinds of body); a person's noun never so ("the director" after "the Director's Office")."""
    text = ("The World Vaccine Partnership announced Thursday that the vaccine worked. The partnership said it hoped "
            "to begin distribution by 2028.")
    assert speakers(nlp, text) == ["World Vaccine Partnership", "World Vaccine Partnership"]
    text = "The Continental Bird Census counted fewer swifts this year. The census said numbers fell by a third."
    assert speakers(nlp, text) == ["Continental Bird Census"]


def test_a_letter_presented_is_its_presenters(nlp):
    """Session 53, from helpers' advocacy texts: a letter presented, submitted or delivered speaks for whoever
    handed it in."""
    text = ("The Riverside Tenants Association presented a letter signed by 45 families. The letter says the city has "
            "ignored requests for a decade.")
    assert speakers(nlp, text) == ["Riverside Tenants Association"]
    text = ("The Transport Workers Union submitted a letter to the board on Monday. The letter says staff have not "
            "been paid since May.")
    assert speakers(nlp, text) == ["Transport Workers Union"]


def test_who_was_asked_says_only_the_answer(nlp):
    text = "Kiprono, asked whether the Treasury could find more money, said only that all options were being considered."
    assert contents(statements(nlp, text)) == ["only that all options were being considered"]


def test_a_role_in_the_lede_is_the_person_named_with_it_next(nlp):
    text = ("Argentina's economy minister announced on Monday that the government would lift currency controls. "
            "Economy Minister Federico Arancibia said the move would attract investment.")
    assert speakers(nlp, text) == ["Federico Arancibia", "Federico Arancibia"]
    assert speakers(nlp, "Taoiseach Declan Moran said the plan was sound.") == ["Declan Moran"]
    assert speakers(nlp, "Sociologist Rodrigo Huenchullan of the University of La Frontera said the talks were a "
                         "positive sign.") == ["Rodrigo Huenchullan"]


def test_ranks_of_police_courts_and_councils_are_no_part_of_a_name(nlp):
    assert speakers(nlp, "Garda Niamh Corcoran said the driver was slurring his words.") == ["Niamh Corcoran"]
    assert speakers(nlp, "Cr Tania Brodie said the path was unsafe.") == ["Tania Brodie"]
    assert speakers(nlp, "Senior Sergeant Tania Whare said the boy was playing outside.") == ["Tania Whare"]
    assert speakers(nlp, "Advocate Riaan Pillay said the charges would be contested.") == ["Riaan Pillay"]


# --- session 23: passages written to find general faults -----------------------------------------------------------
def test_a_document_issued_speaks_for_whoever_issued_it(nlp):
    assert speakers(nlp, 'A statement from the Ministry of Health read: "The strike is unlawful."') == \
        ["Ministry of Health"]
    assert speakers(nlp, 'Mayor Lena Ortiz sent a letter to residents. "The water is safe to drink," the letter '
                         'says.') == ["Lena Ortiz"]
    assert speakers(nlp, "The statement, issued by the Interior Ministry, says the march is banned.") == \
        ["Interior Ministry"]
    # a memo is a document of its own (gold/speakers/GUIDE.md), whoever it is from
    assert speakers(nlp, "A leaked internal memo from the Seva Relief Trust shows that the charity spent a third of "
                         "its flood money on renovations.") != ["Seva Relief Trust"]


def test_who_was_asked_in_an_aside_says_the_answer(nlp):
    text = ("Treasurer Alison Kerr, asked about the remarks at a press conference, said she had not listened to the "
            "podcast.")
    assert speakers(nlp, text) == ["Alison Kerr"]
    assert contents(statements(nlp, text)) == ["she had not listened to the podcast"]


def test_a_name_tagged_a_work_that_says_something_is_a_person(nlp):
    assert speakers(nlp, "\u201cThere is no water,\u201d Sello Mokoena said.") == ["Sello Mokoena"]
    assert speakers(nlp, "\u201cThere is no water,\u201d Thabo Nkosi, a resident of Soweto, said.") == ["Thabo Nkosi"]


def test_a_title_is_no_company_said_before(nlp):
    text = "The mining company said output fell. In the capital, the governor said the strike would end soon."
    assert speakers(nlp, text) == ["mining company", "governor"]


def test_a_that_clause_hung_on_the_channel_is_what_the_verb_reports(nlp):
    text = "The Ministry of Energy responded in a written statement that the process would be cautious."
    assert speakers(nlp, text) == ["Ministry of Energy"]
    assert contents(statements(nlp, text)) == ["that the process would be cautious"]


def test_a_name_and_its_comma_before_said_is_the_speaker(nlp):
    text = "\u201cWe have been patient for too long,\u201d the union\u2019s secretary-general, Samuel Obura, said."
    assert speakers(nlp, text) == ["Samuel Obura"]
    assert contents(statements(nlp, text)) == ["\u201cWe have been patient for too long,\u201d"]


def test_a_name_the_tagger_took_for_a_body_then_she_said(nlp):
    text = ("\u201cI have locked her out twice,\u201d Florence Chebet said. Wanjiru Kamau laughed when told this. "
            "\u201cIt was only once,\u201d she said.")
    assert speakers(nlp, text) == ["Florence Chebet", "Wanjiru Kamau"]
    text = ("\u201cThey cut prices to finish you,\u201d said a rival baker. Adaeze Okafor rejected that. \u201cWe "
            "have never undercut anyone,\u201d she said.")
    assert speakers(nlp, text)[1] == "Adaeze Okafor"


def test_a_relative_named_by_a_given_name_alone(nlp):
    text = ("\u201cI apologized for a month,\u201d Kenji Tanaka said. His daughter, Hana, 6, considered the question. "
            "\u201cOnly if I can put chocolate in it,\u201d she said.")
    assert speakers(nlp, text) == ["Kenji Tanaka", "Hana"]


def test_names_split_at_hyphens_or_taken_for_words_stay_whole(nlp):
    assert speakers(nlp, "Daehan's chief executive, Choi Min-seok, wrote that he was deeply sorry.") == ["Choi Min-seok"]
    assert speakers(nlp, "Per-Arne Hov wrote that the fishing industry had been promised too much.") == ["Per-Arne Hov"]
    assert speakers(nlp, "Its chairman, Abdirahman Hassan Nuno, wrote on X that counties had received less than half "
                         "of the money.") == ["Abdirahman Hassan Nuno"]
    assert speakers(nlp, "East Nusa Tenggara governor Melki Laka Lena said more rice was on its way.") == \
        ["Melki Laka Lena"]
    assert speakers(nlp, "Fisherman Jun-Jun Macaraeg said the catch was poor.") == ["Jun-Jun Macaraeg"]


def test_it_reads_is_the_letter_the_sentence_before_named_and_its_writer(nlp):
    text = ("Ernesto Fuentes left his son a second letter. \u201cPay the workers before you pay yourself,\u201d it "
            "reads.")
    assert speakers(nlp, text) == ["Ernesto Fuentes"]
    text = ("When Rick Bilodeau was cut from a Western Hockey League team, his father, Gordon Bilodeau, wrote him a "
            "letter. \u201cBe angry for a week,\u201d it reads.")
    assert speakers(nlp, text)[-1] == "Gordon Bilodeau"


def test_a_relative_is_the_one_other_person_of_the_family_name(nlp):
    text = ("Dale Whitfield dug the shelter in 2014. Kaylee Whitfield, 8, says the dog saved them. Her father says he "
            "is not going to argue with her.")
    assert speakers(nlp, text) == ["Kaylee Whitfield", "Dale Whitfield"]


def test_who_was_asked_and_did_something_said_nothing(nlp):
    assert not statements(nlp, "Princess Catapang, asked whether she is afraid of the sea, shook her head.")
    assert speakers(nlp, "Isabel Fuentes said the harvest was late. Rodrigo Fuentes said the price was fair.") == \
        ["Isabel Fuentes", "Rodrigo Fuentes"]


def test_nationality_nouns_and_jobs_before_a_name_are_no_part_of_it(nlp):
    assert speakers(nlp, "Spaniard Xabier Urrutia said the rider was ill.") == ["Xabier Urrutia"]
    assert speakers(nlp, "Okoro's coach, American Curtis Dawes, said he had been blindsided.") == ["Curtis Dawes"]
    assert speakers(nlp, "Showrunner Naomi Feldstein said she had learned of the decision by phone.") == \
        ["Naomi Feldstein"]


def test_the_label_is_the_record_company_named_before(nlp):
    text = "Clyde Records will release the album in April. \u201cThis is a classic record,\u201d the label said."
    assert speakers(nlp, text) == ["Clyde Records"]


@pytest.mark.parametrize("text", ["Left-arm spinner Sai Raghavan claimed six wickets for 41 on Friday.",
                                  "Swedish golfer Axel Lindgren claimed his first major title on Sunday.",
                                  "Covid-19 briefly claimed more lives than any other disease.",
                                  "Concentrations peaked at 290 micrograms per cubic metre, roughly 20 times the safe "
                                  "level."])
def test_wickets_titles_lives_and_rates_are_not_statements(nlp, text):
    assert not statements(nlp, text)


def test_the_company_is_no_university_named_since(nlp):
    text = ("The drug is made by Hollister Therapeutics. Dr. Kenneth Lau, a geriatrician at the University of "
            "California, said the drug was promising. The company said it was studying lower doses.")
    assert speakers(nlp, text) == ["Kenneth Lau", "Hollister Therapeutics"]


def test_a_fronted_place_is_not_who_speaks_after_it(nlp):
    text = "At Salford Royal Hospital, Aisha Rahman, a ward sister, said the wards were full."
    assert speakers(nlp, text) == ["Aisha Rahman"]


# --- session 24: written probes of disasters, reporting verbs and names ------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The Iranian Ministry of Health said 190 people were being treated. The defence ministry denied that there had "
     "been any military fuel at the port.", ["Iranian Ministry of Health", "defence ministry"]),
    # (a described body is typed an organisation since session 37, and the dictionary knows this one by its name)
    ("The coast guard said 39 people had been rescued. The UN refugee agency said it was saddened.",
     ["coast guard", "UNHCR"]),
    ("A wildfire burned forests north of Athens on Sunday, the fire service said.", ["fire service"]),
])
def test_a_description_naming_another_kind_of_body_is_its_own_speaker(nlp, text, expected):
    assert speakers(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # one name beside a person noun is a person, whom "he" continues
    ("A tricycle driver, Rogelio, said he had waited on the roof. \u201cWe are alive,\u201d he said.",
     ["Rogelio", "Rogelio"]),
    # a given name of either sex takes "she"
    ("Resident Jamie Lowe said she had sheltered in a bathtub. She said the dogs were unharmed.",
     ["Jamie Lowe", "Jamie Lowe"]),
    # "In X's words" cites X
    ("Gareth Pryce leads the pilots' union. In Pryce's words, the merger is \u201ca cost-cutting exercise.\u201d",
     ["Gareth Pryce"]),
])
def test_single_names_unisex_names_and_owned_words(nlp, text, expected):
    assert speakers(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Union leader Derek Szabo fumed that workers had learned of the closures from the radio.", "Derek Szabo"),
    ("\u201cAsk me about the game,\u201d Stuart McPhail snapped.", "Stuart McPhail"),
    ("Councillor Ann Bright scoffed that the plan was a fantasy.", "Ann Bright"),
    ("Senator Risa Hontiveros opined that the budget was padded.", "Risa Hontiveros"),
])
def test_feeling_put_into_words_is_said(nlp, text, expected):
    assert speakers(nlp, text) == [expected]


def test_a_quotation_the_cue_interrupts_goes_on_after_it(nlp):
    (item,) = statements(nlp, "\u201cThe plan,\u201d Mayor Ann Bright said, \u201cis dead.\u201d")
    assert speaker(item) == "Ann Bright" and "is dead" in contents([item])[0]


def test_a_promise_after_a_day_is_what_was_promised(nlp):
    (item,) = statements(nlp, "Mayor Ann Bright vowed on Sunday to extend the curfew.")
    assert contents([item]) == ["to extend the curfew"]


@pytest.mark.parametrize("text", ["A Franklin County jury on Thursday found Darnell Kimbrough guilty of murder.",
                                  "Governor Teresa Alvarado declared a state of emergency for the county.",
                                  "He ran outside and saw people screaming for help from balconies."])
def test_verdicts_declared_states_and_scenes_are_not_statements(nlp, text):
    assert not statements(nlp, text)


def test_a_finding_and_a_declaration_put_into_words_are_statements(nlp):
    assert speakers(nlp, "The court found that the law was unconstitutional.") == ["court"]
    assert speakers(nlp, "The president declared that the war was over.") == ["president"]


def test_the_subject_next_to_a_closing_cue_speaks(nlp):
    (item,) = statements(nlp, "A fire swept through a garment factory on Tuesday, killing 17 workers, police said.")
    assert speaker(item) == "police" and contents([item])[0].startswith("A fire swept through")


@pytest.mark.parametrize(("text", "expected"), [
    ("South Korea's unification minister on Thursday urged North Korea to return to talks. \u201cThe door is "
     "open,\u201d Unification Minister Kim Sung-hoon told a parliamentary committee.", ["Kim Sung-hoon", "Kim Sung-hoon"]),
    ("A judge said the sentence had to deter others. Sentencing her, Judge Helen Marwood said the harm was grave.",
     ["Helen Marwood", "Helen Marwood"]),
    # another minister named after is not the one described
    ("The finance minister said taxes would rise. Foreign Minister Ana Ruiz said ties were good.",
     ["finance minister", "Ana Ruiz"]),
    # whom the office is of, unrepeated by a title that names no body
    ("The administrator of the collapsed furniture chain, Homeway, says he expects to find a buyer by Friday. Homeway "
     "went into administration last week. Administrator Paul Ferris says he has had several offers.",
     ["Paul Ferris", "Paul Ferris"]),
    # a role no one is titled with, held by the next one to speak
    ("Sir Derek Mowbray, the actor best known for his stage roles, died on Monday aged 81, his agent said. Mowbray "
     "had been ill for some months, said Clara Neale.", ["Clara Neale", "Clara Neale"]),
    # named late (more than 600 characters on), by a title alone
    ("The editor of a Sydney tabloid has defended the paper's campaign. " + "The paper printed the names. " * 22
     + "Editor Joanne Park says the public interest is clear.", ["Joanne Park", "Joanne Park"]),
])
def test_an_office_described_before_its_holder_is_named_is_the_holder(nlp, text, expected):
    assert speakers(nlp, text) == expected


def test_a_name_the_tagger_missed_apposed_to_an_office_is_the_holder(nlp):
    text = ("The much-criticised finance minister in the outgoing cabinet, Joseph Tuilagi, may win the vote. The prime "
            "minister who was forced to resign after last year's coup, Batholomew Ulufa'alu, has told national radio "
            "he fears another coup.")
    assert speakers(nlp, text) == ["Batholomew Ulufa'alu"]


def test_a_description_of_another_nationality_is_not_the_leader_just_named(nlp):
    text = ("Iranian President Masoud Pezeshkian spoke by phone with his Iraqi counterpart Abdul Latif Rashid on "
            "Saturday. The Iraqi president stressed that Baghdad would not allow attacks from its territory.")
    assert speakers(nlp, text)[-1] == "Abdul Latif Rashid"


@pytest.mark.parametrize(("text", "expected"), [
    ("Ayatollah Ali Sistani urged calm.", "Ali al-Sistani"),  # the dictionary's name for him (session 57)
    ("Begum Khaleda Rahman said the vote was rigged.", "Khaleda Rahman"),
    ("Its spokesman, U Kyaw Zaw, said no election could be free.", "Kyaw Zaw"),
    ("Herder Batbayaryn Otgonbayar said he had run out of hay.", "Batbayaryn Otgonbayar"),
    ("Natalia Orlova, an economist, said spending had risen.", "Natalia Orlova"),
    ("Finance Minister Sri Mulyani Indrawati said the programme was funded.", "Sri Mulyani Indrawati"),
])
def test_honorifics_and_names_the_tagger_cut(nlp, text, expected):
    assert speakers(nlp, text) == [expected]


def test_submitting_a_report_is_no_statement(nlp):
    assert not statements(nlp, "The company submitted its annual report on Monday.")


def test_his_highness_is_the_ruler_named_before(nlp):
    text = ("President Sheikh Mohamed bin Zayed Al Nahyan received the AU chairperson today. His Highness affirmed "
            "that the UAE supported the AU.")
    assert speakers(nlp, text) == ["Mohamed bin Zayed Al Nahyan"]


def test_a_given_name_the_lists_lack_opens_the_name(nlp):
    assert speakers(nlp, "Snehil Kumar Singh said the trains were late.") == ["Snehil Kumar Singh"]


# --- session 25: written probes of business, science, law and trade news ------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("German Economy Minister Robert Habeck said the deal was fair.", "DEU"),
    ("Iran's central bank governor Mohammad Reza Farzin said inflation would fall.", "IRN"),
    ("Venezuela's attorney general Tarek William Saab said the opposition had planned a coup.", "VEN"),
    # a title set after a name the tagger took for a body
    ("Sameh Shoukry, Egypt's foreign minister, said the crossing would stay open.", "EGY"),
])
def test_a_longer_title_before_a_name_gives_the_state(nlp, text, expected):
    (item,) = statements(nlp, text)
    assert item.speaker is not None and item.speaker.country == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a description naming another state or an international body is someone new
    ("French Finance Minister Bruno Le Maire said Europe was ready. The U.S. Treasury secretary said Washington was "
     "ready.", ["Bruno Le Maire", "U.S. Treasury secretary"]),
    ("A Chinese spokesman said Beijing was calm. The EU trade chief said Brussels would wait.",
     ["Chinese spokesman", "EU trade chief"]),
    # "his party" is the party of whom "his" means, never the city named last
    ("Pakistani police arrested former prime minister Imran Khan in Islamabad on Tuesday, his party said.",
     ["Imran Khan's party"]),
    # a ministry the description names that the person's title does not: someone else
    ("Spanish Prime Minister Pedro Sanchez said the budget would pass. The finance minister said on Tuesday that "
     "revenue had risen.", ["Pedro Sanchez", "finance minister"]),
    ("British Prime Minister Keir Starmer met union leaders on Monday. The health secretary said nurses would get a "
     "pay rise.", ["health secretary"]),
    # a surname that is also a nationality word, after the full name
    ("Mark Cuban sold his stake in the team. Cuban said he would stay on as a minority owner.", ["Mark Cuban"]),
])
def test_descriptions_owners_and_surnames_resolve_to_the_right_speaker(nlp, text, expected):
    assert speakers(nlp, text) == expected


def test_a_name_that_calls_itself_its_is_an_organisation(nlp):
    # "its booster": Moderna is a company, so the "he" that follows is no one named here
    items = statements(nlp, "Moderna said its booster protected against the new variant. He said the company would "
                            "publish the data next week.")
    assert items[0].speaker is not None and items[0].speaker.type == "organisation"
    assert items[1].speaker is None or items[1].speaker.name != "Moderna"


@pytest.mark.parametrize(("text", "expected"), [
    # two states' ministries of one name are two bodies, each of its state
    ("Ukraine's Defence Ministry said 40 drones were launched overnight. Russia's Defence Ministry said Kyiv was "
     "escalating the conflict.", ["Ukraine's Defence Ministry", "Russia's Defence Ministry"]),
    # "the group" is never the city named last: it is the group named before (which the tagger took for a person)
    ("Al-Shabaab claimed responsibility for the attack on a hotel in Mogadishu. The group said its fighters had "
     "targeted officials.", ["Al-Shabaab", "Al-Shabaab"]),
    # "-based" says where a company sits, not which company
    ("BMW said sales fell. The Munich-based carmaker said it would cut jobs.", ["BMW", "BMW"]),
    # a president of another state, as the dictionary knows him, or named after the description, is no one's
    ("Trump met Xi on Friday. The U.S. president said trade was good.", ["U.S. president"]),
    # a title with a surname is the dictionary's holder of the office, not a relative named before
    ("Hunter Biden's lawyer said his client would plead not guilty. President Biden said he was proud of his son.",
     ["Hunter Biden's lawyer", "Joe Biden"]),
    ("Eric Trump introduced his father at the rally. Former President Trump then told the crowd that the election was "
     "rigged.", ["Donald Trump"]),
    # a body's kind in its name, and its initials, are the body
    ("The European Commission fined Apple 1.8 billion euros on Monday. The commission said Apple had abused its "
     "dominance.", ["European Union"]),
    ("The U.S. Securities and Exchange Commission sued Coinbase on Tuesday. The SEC said investors had been "
     "deprived of protections.", ["U.S. Securities and Exchange Commission"]),
    # Andrea is a man in Italy: the name says neither sex, so "he" may be him
    ("Andrea Orlando said the budget was unfair. \u201cWe will vote against it,\u201d he said.",
     ["Andrea Orlando", "Andrea Orlando"]),
])
def test_state_organs_groups_seats_and_given_names_of_either_sex(nlp, text, expected):
    assert speakers(nlp, text) == expected


def test_a_contrast_with_another_speaker_ends_the_first_ones_words(nlp):
    items = statements(nlp, "Boeing said supply problems would persist, while Airbus said it was confident of meeting "
                            "its targets.")
    assert contents(items) == ["supply problems would persist", "it was confident of meeting its targets"]


def test_praise_or_criticism_someone_says_is_wanted_is_no_ones_statement(nlp):
    text = ("IEA executive director Fatih Birol said governments needed to do more to support charging networks. "
            "Experts said regulators should criticise the company more openly.")
    assert speakers(nlp, text) == ["Fatih Birol", "Experts"]


@pytest.mark.parametrize("text", [
    "South Korean President Yoon Suk Yeol declared martial law on Tuesday night.",
    "Thousands of nurses marched to protest the pay freeze in London.",
    "No group claimed responsibility for the blast.",
])
def test_acts_purposes_and_no_one_are_no_statements(nlp, text):
    assert not statements(nlp, text)


def test_a_document_speaks_for_whoever_published_it(nlp):
    assert speakers(nlp, "The report, published by Amnesty International on Monday, said police used excessive "
                         "force.") == ["Amnesty International"]


def test_a_capital_the_tagger_took_for_a_person_is_its_government(nlp):
    (item,) = statements(nlp, "Kyiv said Russian forces had shelled a hospital.")
    assert item.speaker is not None and (item.speaker.country, item.speaker.type) == ("UKR", "organisation")


@pytest.mark.parametrize(("text", "first", "second"), [
    ("Indian Finance Minister Nirmala Sitharaman said prices had stabilised, adding that wages would rise next year.",
     "prices had stabilised", "Nirmala Sitharaman"),
    ("Turkey said it would never allow a corridor, vowing to continue its operations.",
     "it would never allow a corridor", "Türkiye"),
    ("German Chancellor Olaf Scholz said that NATO allies had agreed to increase ammunition production, calling it "
     "\u201ca turning point\u201d.", "that NATO allies had agreed to increase ammunition production", "Olaf Scholz"),
])
def test_a_reporting_aside_is_the_speakers_next_statement(nlp, text, first, second):
    items = statements(nlp, text)
    assert contents(items)[0] == first and speaker(items[-1]) == second


def test_quotation_paragraphs_left_open_are_the_next_attributed_speakers(nlp):
    # wire copy: a quotation of several paragraphs leaves each open and re-opens the next
    text = ("\u201cPrices are falling across the region, and that is good news.\n\n\u201cBut we must stay careful,\u201d "
            "Bank of England Governor Andrew Bailey said.\n\n\u201cExports are recovering,\u201d said Bundesbank "
            "President Joachim Nagel.\n\n\u201cWe expect further growth this year.\n\n\u201cBut risks remain.\u201d")
    items = statements(nlp, text)
    assert [(speaker(i), len(i.content)) for i in items] == [("Andrew Bailey", 2), ("Joachim Nagel", 3)]


def test_a_description_of_one_states_office_is_no_holder_of_anothers(nlp):
    text = ("Kenya's president said the protests were treason. U.S. President Joe Biden said he would visit Nairobi. "
            "Sri Lanka's president declared a state of emergency on Friday. Colombian President Gustavo Petro met "
            "opposition leaders on Tuesday.")
    found = process([make_article(text, "t", id="t")], nlp=nlp)
    (article,) = found
    assert [a.speaker.name for a in article.attributions if a.speaker is not None][-1] == "Sri Lanka's president"


def test_another_speakers_turn_after_a_quotation_ends_the_first_ones_words(nlp):
    items = statements(nlp, "Sen. Ted Cruz said the bill was \u201ca total disaster,\u201d and Sen. John Cornyn said it "
                            "would \u201cnever pass.\u201d")
    assert [speaker(i) for i in items] == ["Ted Cruz", "John Cornyn"]
    assert contents(items)[0] == "the bill was \u201ca total disaster,\u201d"


def test_reaffirming_is_saying(nlp):
    assert speakers(nlp, "Foreign Minister Diana Mondino reaffirmed that Argentina has sovereignty over the "
                         "Malvinas.") == ["Diana Mondino"]


def test_short_interviews_and_signed_quotations(nlp):
    """Session 29's helpers: a single Q/A pair at the end of a short text (the window read for the interviewee
    ran past the text), answers under a mixed-case label with no "Q:", and a quotation signed with a title,
    a name and what the signer was doing."""
    text = ("Anne Moreau, the chief economist of the European Central Bank, spoke to The Economist.\n"
            "Q: Is the bank too slow to cut rates?\nA: We move when the data allow us to move.")
    assert [speaker(s) for s in statements(nlp, text)] == ["Anne Moreau"]
    text = ("Anne Moreau spoke to The Economist.\nThe Economist: Is the bank too slow?\n"
            "Moreau: We move when the data allow.\nThe Economist: Will you cut in June?\nMoreau: I will not pre-commit.\n")
    found = statements(nlp, text)
    assert [speaker(s) for s in found] == ["Anne Moreau", "Anne Moreau"]
    assert contents(found)[1].startswith("I will not pre-commit")
    text = ("“Our patience has limits.” — Iranian Foreign Ministry spokesman Nasser Kanaani, responding on Tuesday "
            "to new European Union sanctions.")
    assert [speaker(s) for s in statements(nlp, text)] == ["Nasser Kanaani"]


def test_a_speaker_the_parser_hung_on_an_opening_phrase(nlp):
    """"In an interview with Reuters, the bank's chief economist, Peter Lang, said …": the parser made the speaker an
    apposition of the outlet in the opening phrase, and the verb had no subject."""
    text = "In an interview with Reuters, the bank's chief economist, Peter Lang, said inflation would fall next year."
    assert [speaker(s) for s in statements(nlp, text)] == ["Peter Lang"]


def test_the_group_is_the_body_named_before_though_the_tagger_left_it_untagged(nlp):
    """Session 54, from helpers' advocacy texts: "the group" after a body whose capitalised name the small tagger
    left untagged is that body, as it is after a tagged one; a group of people named by a noun stays itself."""
    text = "Human Rights Watch published a report on Monday. The group said the army had killed civilians."
    assert speakers(nlp, text) == ["Human Rights Watch"]
    text = ("Parents Against Pesticides tested playground soil in March. According to the group, lab tests showed "
            "traces of glyphosate.")
    assert speakers(nlp, text) == ["Parents Against Pesticides"]
    text = ("A group of protesters gathered outside the ministry. Officials in Kyiv met on Monday. The group said they "
            "would stay until the minister resigned.")
    assert speakers(nlp, text) == ["group"]


def test_the_members_a_body_is_named_for_speak_as_that_body(nlp):
    """Session 54, from helpers' advocacy texts: "the mothers" after "Mothers for Safe Streets", "the physicians"
    after a body introduced as "a group of physicians"; a plural noun opening a name of its own is that body
    (not when the rest is a place)."""
    text = ("Mothers for Safe Streets, a group founded by bereaved women, marched on Saturday. The mothers demanded "
            "speed cameras near every school.")
    assert speakers(nlp, text) == ["Mothers for Safe Streets"]
    text = ("Doctors for Camp Closure, a group of physicians, said the camp was unsafe. The physicians urged the agency "
            "to move families to hotels.")
    assert speakers(nlp, text) == ["Doctors for Camp Closure", "Doctors for Camp Closure"]
    text = "Local mothers marched on Saturday. The mothers demanded speed cameras near every school."
    assert speakers(nlp, text) == ["mothers"]
    assert speakers(nlp, "Officials in Kyiv said the talks failed.") == ["Officials in Kyiv"]


def test_a_verb_after_a_name_in_apposition_inside_the_subject_is_the_sentence_s(nlp):
    """Session 54, from the fresh readability pages: "The leader of Ennahda, Rachid Ghannouchi, condemned
    Wednesday's attack, saying …" was parsed as a noun phrase (the verb a participle of "leader"), so neither the
    condemnation nor what he said in a statement was found."""
    text = ("The leader of Ennahda, Rachid Ghannouchi, condemned Wednesday’s attack, saying in a statement that it "
            "“will not break our people’s will.”")
    found = statements(nlp, text)
    assert [(s.cue.text, s.speaker.name) for s in found] == [("condemned", "Rachid Ghannouchi"),
                                                              ("saying", "Rachid Ghannouchi")]
    assert contents(found) == ["Wednesday’s attack", "that it “will not break our people’s will.”"]


def test_a_number_of_people_speak_as_a_group(nlp):
    """Session 54, from the fresh readability pages: "a number of analysts say" was typed a thing and not listed."""
    text = "Over the longer term, a number of analysts say that the two leaders will play down the friction."
    assert speakers(nlp, text) == ["number of analysts"]
    assert statements(nlp, "A number of reports say the deal is off.") == []


def test_it_after_a_study_that_was_the_last_subject_is_the_study(nlp):
    """Session 54, from the fresh readability pages: "A new study was presented at the annual meeting of the
    American Academy of Allergy, Asthma and Immunology. It found …" is the study's finding, not the academy's; a
    study whose author is named stays its author's."""
    text = ("A groundbreaking new study was presented at the annual meeting of the American Academy of Allergy, Asthma "
            "and Immunology in Houston. It found that eating peanut snacks early prevents the allergy.")
    assert speakers(nlp, text) == ["groundbreaking new study"]
    assert [s.source_type for s in statements(nlp, text)] == ["document"]  # a study's finding, as "the study found"
    text = "The report was published on Monday by Amnesty International. It found that police had tortured detainees."
    assert speakers(nlp, text) == ["Amnesty International"]


def test_a_that_clause_the_parser_broke_up_is_still_what_was_found(nlp):
    """Session 54, from the fresh readability pages: "It found that among children at high risk …, eating peanut
    snacks … cut their chances …" was parsed with "that" as the verb's object and the clause in pieces under it,
    so nothing was found; the tagger had read "that" as the conjunction it is."""
    text = ("The study is published in the New England Journal of Medicine, and it was presented at the annual meeting "
            "of the American Academy of Allergy, Asthma and Immunology in Houston. It found that among children at "
            "high risk for getting peanut allergies, eating peanut snacks by 11 months of age and continuing to eat "
            "them at least three times a week until age 5 cut their chances of becoming allergic by more than 80% "
            "compared to kids who avoided peanuts.")
    found = statements(nlp, text)
    assert [(s.cue.text, s.speaker.name) for s in found] == [("found", "study")]
    assert contents(found)[0].startswith("that among children") and contents(found)[0].endswith("who avoided peanuts")


def test_a_reporting_noun_carried_by_a_light_verb_is_its_subject_s(nlp):
    """Session 54, from the fresh readability pages: "Fiona Parry issued a plea for people to stay away from
    pills …", "the ministry issued a warning that …": whose plea or warning is the light verb's subject; a warning
    not issued is nothing said."""
    found = statements(nlp, "Fiona Parry issued a plea for people to stay away from pills containing the chemical.")
    assert [(s.cue.text, s.speaker.name) for s in found] == [("plea", "Fiona Parry")]
    assert contents(found) == ["for people to stay away from pills containing the chemical"]
    found = statements(nlp, "The ministry issued a warning that the storm would hit the coast.")
    assert contents(found) == ["that the storm would hit the coast"]
    assert statements(nlp, "The ministry did not issue a warning that the storm would hit.") == []
    assert statements(nlp, "The company made a profit that surprised analysts.") == []


EXCERPT_PAGE = """<html><head><title>Game servers can be crashed</title></head><body><article>
<h1>Game servers can be crashed</h1>
<p>A flaw in a popular online game makes it easy to crash the servers hosting it, a security researcher said on
Thursday. Ammar Askar, a developer based in Lahore, published code that he said exploits the flaw. Here's how it
works.</p>
<blockquote><p>The vulnerability stems from the fact that the client is allowed to send the server information
about certain slots, which the server unpacks without any limit.</p>
<p>The fix is not hard: the client should never send a structure of arbitrary size, and the server should stop
reading once a packet grows too large.</p></blockquote>
<p>The company that makes the game did not respond to a request for comment on Friday afternoon.</p>
<blockquote><p>Terms of service apply to every player who joins a public server, whatever the platform.</p></blockquote>
<p>Players have been asked to update their servers as soon as a patch is released by the developers.</p>
</article></body></html>"""


def test_a_block_quotation_is_the_words_of_whoever_introduced_it(nlp):
    """Session 54, from the fresh readability pages: a blog post's excerpt in a <blockquote>, with no quotation
    marks, introduced by its author ("… he said exploits the flaw. Here's how it works."), is his, paragraph by
    paragraph; a block quotation no one introduces stays no one's."""
    from saywho import ingest

    article = ingest.from_html(EXCERPT_PAGE.encode(), "page.html")
    assert [s.text[:20] for s in article.quoted] == ["The vulnerability st", "The fix is not hard:", "Terms of service app"]
    (result,) = process([article], nlp=nlp)
    held = {c.text[:20]: s.speaker.name for s in result.statements for c in s.content}
    assert held["The vulnerability st"] == held["The fix is not hard:"] == "Ammar Askar"
    assert "Terms of service app" not in held
    assert "quoted" not in result.to_dict()  # the JSON contract is unchanged: the text's offsets say it all

    # a digest whose excerpts are credited under them is read by its credit lines, not by the introduction
    digest = EXCERPT_PAGE.replace("</p></blockquote>\n<p>The company", "</p></blockquote>\n<p>[Engadget]</p>\n<p>The company")
    (result,) = process([ingest.from_html(digest.encode(), "digest.html")], nlp=nlp)
    assert not any(s.speaker.name == "Ammar Askar" and c.text.startswith("The vulnerability")
                   for s in result.statements for c in s.content)


def test_a_quotation_goes_to_the_cue_whose_clause_holds_it(nlp):
    """Not to a speech verb earlier in the sentence: the passive cue's "as" phrase holds the quotation; and "he"
    opening a clause "in which" on a person is that person, not the one who spoke last."""
    text = ("President Chirac said Mr Arafat remained the only partner. A televised address by Mr Arafat, in which he "
            "said the attacks must end, was hailed by the United Nations envoy Terje Roed-Larsen as \"a potential "
            "turning point in the search for peace\".")
    found = statements(nlp, text)
    (hailed,) = [s for s in found if "hailed" in s.cue.text]
    assert speaker(hailed) == "Terje Roed-Larsen" and any("turning point" in c for c in contents([hailed]))
    assert [speaker(s) for s in found if s.source.text == "he"] == ["Yasser Arafat"]


def test_allegations_raised_are_said(nlp):
    assert speakers(nlp, "The report raises allegations that corporate governance was inadequate.") == ["report"]


def test_a_clause_the_parser_made_an_adverbial_of_say_is_what_was_said(nlp):
    text = ("Meanwhile, Waugh says his side will need to guard against complacency. Waugh says despite the dominance of "
            "his side in the first Test, South Africa can never be taken lightly. \"It's only one Test match,\" he said.")
    assert "despite the dominance of his side in the first Test, South Africa can never be taken lightly" in \
        contents(statements(nlp, text))


def test_details_released_by_someone_are_theirs(nlp):
    text = ("According to details of the ceremony released by members of the Hare Krishna movement yesterday, his widow "
            "was to scatter some of the ashes.")
    assert speakers(nlp, text) == ["members"]
    assert speakers(nlp, "According to details released by the organisers, the ceremony will take place on Monday.") \
        == ["organisers"]
    assert not statements(nlp, "He gave no details of the plan.")


@pytest.mark.parametrize("text", [
    # a description of someone named before is not the next one named after it
    "Donald Trump is right to attack him, Carly Fiorina said Monday. But, the former CEO of Hewlett-Packard added, it is "
    "not the way to win. She noted that Trump has denounced former President George W. Bush.",
    # a document from an office holder is no office
    "An email from the president of the AFL-CIO labor federation obtained by reporters said the vote would wait. "
    "The federation's president, Richard Trumka, said the unions were united.",
])
def test_an_office_named_later_is_not_taken_from_a_mere_qualifier_or_a_document(nlp, text):
    first = statements(nlp, text)[1 if text.startswith("Donald") else 0]
    assert speaker(first) not in ("George W. Bush", "Richard Trumka")


def test_an_anonymous_source_is_not_the_next_one_named(nlp):
    text = ("“His knowledge is about 20 years old,” said a longtime adviser to the candidate, who declined to be "
            "identified. Roger Ailes will continue to advise the candidate on debates, he said.")
    assert "Roger Ailes" not in {speaker(s) for s in statements(nlp, text)[:1]}


def test_an_unnamed_spokesman_is_not_the_next_person_named_after_others_spoke(nlp):
    # a group spoke between the description and the name: the spokesman stays unnamed (session 62, Lee batch 3)
    text = ("\u201cWe hope to take the town by nightfall,\u201d a spokesman for the militia said. Shelling had helped "
            "the push, according to fighters on the ground. Residents who fled confirmed that the raids went on. "
            "Karim Nouri, 30, said that planes came every hour.")
    found = speakers(nlp, text)
    assert found[0] != "Karim Nouri"
    assert found[-1] == "Karim Nouri"
