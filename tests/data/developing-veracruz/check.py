#!/usr/bin/env python3
"""check.py - developing-24 (Veracruz migrant trailer crash), a blind developing story.

  python3 check.py --validate            expected.json against sources/ only (no claimcheck)
  python3 check.py --json report.json    checks a compare JSON written earlier
                                         (the document `claimcheck compare sources -f json` prints)
  python3 check.py --json report.json -v also lists every group with its claims

--validate: every quote's context is found exactly once in its file (any run of whitespace in the
context matches any run of whitespace in the file), and the quote's text lies inside its context.

--json: a reported claim stands for an expected quote when it is in the same file (basename of its
"path") and its [start, end) overlaps the quote's span. An expected conflict is found when any
reported conflicting pair links a claim of side a to a claim of side b (either order). Every other
reported pair is spurious and is printed with both claims and the trap/series each side belongs to.
Also printed: whether the rising series landed in one group (and its status), and whether the
revision is listed anywhere. Exit 0 only when every expected conflict is found and no other pair is
reported; 1 otherwise; 2 when the JSON is not a compare document or expected.json does not match
the sources.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'sources')


def pattern(s):
    return r'\s+'.join(re.escape(w) for w in s.split())


def locate(quote, cache):
    """(start, end) of the quote's text inside its unique context, or an error string."""
    f = quote['file']
    if f not in cache:
        p = os.path.join(SRC, f)
        if not os.path.exists(p):
            return 'missing file %s' % f
        cache[f] = open(p, encoding='utf-8').read()
    text = cache[f]
    hits = [m for m in re.finditer(pattern(quote['context']), text)]
    if len(hits) != 1:
        return 'context found %d times: %r in %s' % (len(hits), quote['context'], f)
    m = hits[0]
    inner = re.search(pattern(quote['text']), m.group(0))
    if not inner:
        return 'text %r not inside context %r in %s' % (quote['text'], quote['context'], f)
    return (m.start() + inner.start(), m.start() + inner.end())


def all_quotes(exp):
    """yield (label, quote) for every quote in expected.json"""
    for i, c in enumerate(exp['conflicts']):
        for side in ('a', 'b'):
            for q in c[side]['quotes']:
                yield ('conflict %d side %s' % (i + 1, side), q)
    for r in exp.get('rising', []):
        for q in r['quotes']:
            yield ('rising: ' + r['id'][:60], q)
    for r in exp.get('timeline_not_rising', []):
        for q in r['quotes']:
            yield ('timeline: ' + r['id'][:60], q)
    for r in exp.get('revisions', []):
        for k in ('earlier', 'later'):
            for q in r[k]:
                yield ('revision %s' % k, q)
    for d in exp.get('distractors', []):
        for q in d['quotes']:
            yield ('trap: ' + d['kind'][:70], q)


def validate(exp):
    cache, problems, n = {}, [], 0
    files = sorted(os.listdir(SRC))
    listed = [s['file'] for s in exp['sources']]
    for f in files:
        if f not in listed:
            problems.append('source not listed in expected.json: %s' % f)
    for f in listed:
        if f not in files:
            problems.append('listed source missing: %s' % f)
    spans = {}
    for label, q in all_quotes(exp):
        n += 1
        r = locate(q, cache)
        if isinstance(r, str):
            problems.append('%s: %s' % (label, r))
        else:
            spans[(q['file'], q['text'], q['context'])] = r
    for p in problems:
        print('PROBLEM', p)
    print('%d sources, %d quotes, %d problems' % (len(listed), n, len(problems)))
    return problems, spans


def load_report(path):
    try:
        doc = json.load(open(path, encoding='utf-8'))
        groups = doc['groups']
        assert isinstance(groups, list)
        for g in groups:
            assert isinstance(g.get('claims', []), list)
            assert isinstance(g.get('conflicts', []), list)
        return doc
    except Exception as e:  # noqa
        print('not a compare JSON document: %s' % e)
        sys.exit(2)


def main():
    args = sys.argv[1:]
    exp = json.load(open(os.path.join(HERE, 'expected.json'), encoding='utf-8'))
    problems, spans = validate(exp)
    if problems:
        sys.exit(2)
    if '--validate' in args and '--json' not in args:
        sys.exit(0)
    if '--json' not in args:
        print(__doc__)
        sys.exit(2)
    doc = load_report(args[args.index('--json') + 1])
    verbose = '-v' in args

    # every expected quote with its span and its labels
    qs = []
    for label, q in all_quotes(exp):
        s, e = spans[(q['file'], q['text'], q['context'])]
        qs.append((q['file'], s, e, label, q))

    claims, group_of = {}, {}
    for gi, g in enumerate(doc['groups']):
        for c in g.get('claims', []):
            claims[c.get('id')] = c
            group_of[c.get('id')] = gi

    def labels(c):
        f = os.path.basename(str(c.get('path', '')))
        try:
            s, e = int(c['start']), int(c['end'])
        except Exception:  # noqa
            return []
        return [(lab, q) for (qf, qs_, qe, lab, q) in qs if qf == f and s < qe and qs_ < e]

    def show(c):
        f = os.path.basename(str(c.get('path', '')))
        extra = ', '.join('%s=%s' % (k, c[k]) for k in ('claimant', 'as_of', 'place', 'value')
                          if k in c)
        labs = sorted(set(l for l, _ in labels(c))) or ['(no expected quote)']
        return '%s [%s:%s] %r %s\n        -> %s' % (f, c.get('start'), c.get('end'),
                                                   c.get('text'), extra, '; '.join(labs))

    found = [None] * len(exp['conflicts'])
    spurious = []
    for gi, g in enumerate(doc['groups']):
        for pair in g.get('conflicts', []):
            a, b = claims.get(pair.get('a')), claims.get(pair.get('b'))
            if a is None or b is None:
                spurious.append((gi, pair, a, b))
                continue
            la = set(l for l, _ in labels(a))
            lb = set(l for l, _ in labels(b))
            hit = False
            for i in range(len(exp['conflicts'])):
                sa, sb = 'conflict %d side a' % (i + 1), 'conflict %d side b' % (i + 1)
                if (sa in la and sb in lb) or (sb in la and sa in lb):
                    hit = True
                    if found[i] is None:
                        found[i] = (a, b, pair.get('ratio'))
            if not hit:
                spurious.append((gi, pair, a, b))

    print()
    for i, c in enumerate(exp['conflicts']):
        if found[i]:
            a, b, r = found[i]
            print('FOUND   conflict %d: %s' % (i + 1, c['id'][:110]))
            print('    e.g. %s\n      vs %s  (ratio %s)' % (show(a), show(b), r))
        else:
            print('MISSED  conflict %d: %s' % (i + 1, c['id'][:110]))
    print()
    print('%d spurious pair(s)' % len(spurious))
    for gi, pair, a, b in spurious:
        g = doc['groups'][gi]
        gname = g.get('key') or g.get('id') or g.get('label') or gi
        print('  group %s (status %s), ratio %s' % (gname, g.get('status'), pair.get('ratio')))
        print('    a: %s' % (show(a) if a else 'unknown claim id %r' % pair.get('a')))
        print('    b: %s' % (show(b) if b else 'unknown claim id %r' % pair.get('b')))

    print()
    for r in exp.get('rising', []):
        gs = set()
        for c in claims.values():
            if any(l.startswith('rising') for l, _ in labels(c)):
                gs.add(group_of[c.get('id')])
        sts = [doc['groups'][g].get('status') for g in sorted(gs)]
        print('rising series: in %d group(s), status %s  [%s]' % (len(gs), sts, r['id'][:80]))
    text = json.dumps(doc).lower()
    print('revision listed somewhere (a "revision" key or word in the report): %s'
          % ('yes' if 'revis' in text else 'no'))

    print()
    print('where the traps landed (group indexes per trap):')
    seen = {}
    for c in claims.values():
        for l, _ in labels(c):
            if l.startswith('trap'):
                seen.setdefault(l, set()).add(group_of[c.get('id')])
    for d in exp.get('distractors', []):
        l = 'trap: ' + d['kind'][:70]
        print('  %-72s %s' % (l[6:], sorted(seen.get(l, [])) or 'not extracted'))

    if verbose:
        print()
        for gi, g in enumerate(doc['groups']):
            print('group %d %s status=%s' % (gi, g.get('key') or g.get('id') or '', g.get('status')))
            for c in g.get('claims', []):
                print('   ', show(c))

    ok = all(found) and not spurious
    print()
    print('RESULT: %d/%d expected conflicts found, %d spurious' %
          (sum(1 for f in found if f), len(found), len(spurious)))
    sys.exit(0 if ok else 1)


if __name__ == '__main__':
    main()
