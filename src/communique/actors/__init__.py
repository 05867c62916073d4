"""The actor stage: who is named in a sentence, coded as CAMEO actors on the article's date.

Public entry: :class:`ActorCoder`. ``ActorCoder().code_article(sentences, on)``
returns, for each ParsedSentence, a tuple of Mentions (token spans, ``end``
exclusive) each carrying an ``Actor(text, code, country, sector)``.

Mention kinds:

``name``
    a dictionary name: country ("Russia", "Russian", "Lagos"), person, organisation.
``title``
    a role with a person's name: "U.S. President Joe Biden" -> USAGOV.
``agent``
    a role noun with or without a nationality: "Nigerian police" -> NGACOP; a force's
    proper name too ("the Indian Army" -> INDMIL: a capitalised force word after a
    nationality does not make the nationality part of a person's name). A bare
    "police" takes its country from, in order: a place hanging on it ("militias in
    Tripoli"), the subject of its sentence, the nearest name before it in the
    sentence, the article's most mentioned country, a place named after it, and any
    name after it; with none, the bare role (COP).
``metonym``
    a capital or seat of government. Used as an actor ("Moscow said", "Moscow's
    decision") it codes the government (RUSGOV); after a place preposition ("in
    Moscow") it codes the country alone (RUS), so the event stage can tell the two
    apart. Seats ("the Kremlin", "the Pentagon") keep their own code. A national body
    named with a country takes that country ("South Korea's National Security Council"
    -> KORGOV, though the dictionary lists the US one).
``pronoun``
    he/she/his/her -> the latest person; it/its -> the latest singular non-person
    actor; they/their -> the latest plural group (same or recent sentences). The
    subject of what someone said is the speaker when they agree ("Police said they had
    arrested" -> the police; "officials said we" too; an armed or political group or a
    plural name takes "they": "the Houthis said they"); a possessive prefers the subject
    of its clause ("Tokyo protested through its embassy"); "it quoted" may be an agency.
``description``
    "the president" -> the latest person in government; "the Russian leader" ->
    RUSGOV; "the two sides"/"both countries"/"the nuclear-armed neighbours" -> of the
    last three countries named as parties, the two the article names most (two Mentions
    over the same span), never the country of the subject of the clause whose object
    the pair is ("Syria thanked the two countries"); "the other side" -> the one of
    those that is not the sentence's subject; "the group", "the militants", "the rebels"
    -> the latest armed group ("Boko Haram", NGAREB), "the rights group" -> the latest
    one of its role. A person first named family name first ("Wang Yi", "Cho Tae-yul")
    is taken up by that name alone ("Wang said").

Codes: ``Actor.country`` is the first three letters of the code unless those are an
international prefix (IGO, NGO, MNC ...) or a role, so ``IGOUNO`` has country None;
region codes (AFR, EUR ...) count as countries. ``Actor.sector`` is the first role
chunk of the code (``RUSGOVMED`` -> GOV, ``IGOUNOMED`` -> MED) or None. News
agencies and outlets have sector MED ("Interfax" -> RUSMED, "Reuters" -> MED) so
that the event stage can skip them as parties to reported speech.

Country codes are ISO 3166 alpha-3: the table builder turns legacy CAMEO codes into ISO
ones (ANG -> AGO, TMP -> TLS, JAP -> JPN, ITL -> ITA, VTN -> VNM, ROM -> ROU, ZAR -> COD;
``codes.LEGACY_COUNTRIES``). CAMEO's non-country prefixes (IGO, NGO, MNC ...), regions
(AFR, MEA ...) and the codes of former states within their dates (SUN, YUG, SCG) stay.
A dated null code retires a phrase ("Serbia and Montenegro" after June 2006 is read as
two countries).

Dates: a person's code is the one their dictionary record gives for the article's
date; from 2014 on, ``data/leaders.csv`` decides for the people it lists, and a
listed person out of office on that date gets their bare country code.
"""

from .coder import ActorCoder

__all__ = ["ActorCoder"]
