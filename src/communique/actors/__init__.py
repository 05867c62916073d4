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
    a role noun with or without a nationality: "Nigerian police" -> NGACOP. A bare
    "police" takes its country from, in order: a place hanging on it ("militias in
    Tripoli"), the subject of its sentence, the nearest name before it in the
    sentence, the article's most mentioned country, a place named after it, and any
    name after it; with none, the bare role (COP).
``metonym``
    a capital or seat of government. Used as an actor ("Moscow said", "Moscow's
    decision") it codes the government (RUSGOV); after a place preposition ("in
    Moscow") it codes the country alone (RUS), so the event stage can tell the two
    apart. Seats ("the Kremlin", "the Pentagon") keep their own code.
``pronoun``
    he/she/his/her -> the latest person; it/its -> the latest singular non-person
    actor; they/their -> the latest plural group (same or recent sentences).
``description``
    "the president" -> the latest person in government; "the Russian leader" ->
    RUSGOV; "the two sides"/"both countries" -> the last two countries named (two
    Mentions over the same span); "the other side" -> the one of those that is not
    the sentence's subject.

Codes: ``Actor.country`` is the first three letters of the code unless those are an
international prefix (IGO, NGO, MNC ...) or a role, so ``IGOUNO`` has country None;
region codes (AFR, EUR ...) count as countries. ``Actor.sector`` is the first role
chunk of the code (``RUSGOVMED`` -> GOV, ``IGOUNOMED`` -> MED) or None. News
agencies and outlets have sector MED ("Interfax" -> RUSMED, "Reuters" -> MED) so
that the event stage can skip them as parties to reported speech.

Dates: a person's code is the one their dictionary record gives for the article's
date; from 2014 on, ``data/leaders.csv`` decides for the people it lists, and a
listed person out of office on that date gets their bare country code.
"""

from .coder import ActorCoder

__all__ = ["ActorCoder"]
