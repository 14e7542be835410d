"""The parser, one module per stage, in the order they run over a report:

1. ``sentences``: the text cut into sentences and paragraphs; quotations over several
   sentences.
2. ``numbers``: number phrases (digits, words, ranges, vague magnitudes) and their intervals
   (the ``qualifier`` rules).
3. ``not_a_count``: dates, ages, sums, clock times, labels and names dropped (the
   ``not_a_count`` rules).
4. ``head``: what each number counts and the subject (the ``subject`` rules).
5. ``denial``: figures of zero ('denied any fatalities', 'no one was killed').
6. ``measure``: what happened to them (the ``measure`` rules, in priority order).
7. ``scope``: another time, a part, an incident (the ``scope`` rules).
8. ``attribution``: who makes each claim (the ``attribution`` strategies).

``mentions`` runs stages 3-7 over the figures of one sentence; ``document`` runs everything
over a report (``extract_claims``, also ``claimcheck.extract.extract_claims``). ``rules``
loads the rule files (``claimcheck/data/rules/<pass>.jsonl``) and fills their lexicon slots.
"""
