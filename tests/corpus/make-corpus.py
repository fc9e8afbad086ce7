#!/usr/bin/env python3
"""Writes the hostile bank and results files of tests/corpus/{bank,results}/ from the mini bank
and the v1 results fixture. Run once to (re)create them; tests/corpus.rs checks each file's
outcome against tests/corpus/expected.tsv."""
import copy, json, os

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))
mini = json.load(open(os.path.join(root, 'public/banks/examples/contoh-mini.json'), encoding='utf-8'))
results = json.load(open(os.path.join(root, 'tests/fixtures/results-v1.json'), encoding='utf-8'))

def write(folder, name, data):
    path = os.path.join(here, folder, name)
    mode = 'wb' if isinstance(data, bytes) else 'w'
    with open(path, mode, **({} if mode == 'wb' else {'encoding': 'utf-8', 'newline': '\n'})) as f:
        f.write(data if isinstance(data, (str, bytes)) else json.dumps(data, ensure_ascii=False, indent=2))

def bank(change):
    b = copy.deepcopy(mini)
    change(b)
    return b

def item(b, i):
    return b['items'][i]

text = json.dumps(mini, ensure_ascii=False, indent=2)
B = {
    'truncated.json': text[: len(text) // 2],
    'not-json.json': 'Ini bukan JSON, ini catatan rapat.',
    'empty-file.json': '',
    'array-root.json': '[]',
    'nan.json': text.replace('"weight": 1', '"weight": NaN', 1),
    'infinity.json': text.replace('"weight": 1', '"weight": 1e999', 1),
    'deep-nesting.json': '[' * 10000 + ']' * 10000,
    'bom.json': '\ufeff' + text,
    'wrong-format.json': bank(lambda b: b.update(format='pilar-siap/results')),
    'future-version.json': bank(lambda b: b.update(format_version=99)),
    'old-version.json': bank(lambda b: b.update(format_version=0)),
    'version-as-text.json': bank(lambda b: b.update(format_version='1')),
    'no-items.json': bank(lambda b: b.update(items=[])),
    'items-not-a-list.json': bank(lambda b: b.update(items={})),
    'title-missing.json': bank(lambda b: b.pop('title')),
    'title-a-number.json': bank(lambda b: b.update(title=42)),
    'duplicate-item-id.json': bank(lambda b: item(b, 1).update(id=item(b, 0)['id'])),
    'duplicate-competency-id.json': bank(lambda b: b['competencies'][1].update(id=b['competencies'][0]['id'])),
    'dangling-competency.json': bank(lambda b: item(b, 0)['competencies'][0].update(id='tidak-ada')),
    'dangling-source.json': bank(lambda b: item(b, 0)['source'].update(ref='tidak-ada')),
    'dangling-role.json': bank(lambda b: item(b, 0).update(roles=['tidak-ada'])),
    'unknown-kind.json': bank(lambda b: item(b, 0).update(kind='essay_plus')),
    'weight-negative.json': bank(lambda b: item(b, 0)['competencies'][0].update(weight=-1)),
    'weight-over-one.json': bank(lambda b: item(b, 0)['competencies'][0].update(weight=2)),
    'weight-as-text.json': bank(lambda b: item(b, 0)['competencies'][0].update(weight='satu')),
    'thresholds-out-of-order.json': bank(lambda b: b['competencies'][0].update(rubric=list(reversed(b['competencies'][0]['rubric'])))),
    'threshold-over-100.json': bank(lambda b: b['competencies'][0]['rubric'][-1].update(min=150)),
    'single-two-keys.json': bank(lambda b: [o.update(correct=True) for o in item(b, 0)['options']]),
    'single-no-key.json': bank(lambda b: [o.pop('correct', None) for o in item(b, 0)['options']]),
    'true-false-not-bool.json': bank(lambda b: item(b, 2).update(answer='ya')),
    'likert-anchors-three.json': bank(lambda b: b.update(likert_anchors=b['likert_anchors'][:3])),
    'draw-negative.json': bank(lambda b: b.update(draw_per_competency=-5)),
    'minutes-negative.json': bank(lambda b: b.update(simulation_minutes=-10)),
    'long-title.json': bank(lambda b: b.update(title='Bank ' * 20_000)),
    'script-in-every-text.json': bank(lambda b: (b.update(title='<script>alert(1)</script>', description='<img src=x onerror=alert(1)>'), item(b, 0).update(prompt='<script>alert("soal")</script> Apa isi Pasal 3?'), item(b, 0)['options'][0].update(text='javascript:alert(1)'))),
    'javascript-link.json': bank(lambda b: b['sources'][0].update(url='javascript:alert(1)')),
    'bidi-override-in-title.json': bank(lambda b: b.update(title='Bank \u202eigolonoH\u202c soal')),
    'zero-width-in-id.json': bank(lambda b: item(b, 0).update(id='hukum\u200b-001')),
}
for name, data in B.items():
    write('bank', name, data)
write('bank', 'invalid-utf8.json', text.encode('utf-8').replace(b'Contoh bank', b'Contoh \xff\xfe bank', 1))

rtext = json.dumps(results, ensure_ascii=False, indent=2)
def res(change):
    r = copy.deepcopy(results)
    change(r)
    return r
R = {
    'truncated.json': rtext[: len(rtext) // 3],
    'not-json.json': 'hasil saya bagus',
    'a-bank-not-results.json': text,
    'future-version.json': res(lambda r: r.update(format_version=99)),
    'old-version.json': res(lambda r: r.update(format_version=0)),
    'other-bank.json': res(lambda r: r['bank'].update(id='bank-lain')),
    'other-bank-text.json': res(lambda r: r['bank'].update(sha256='0' * 64)),
    'tampered-item-score.json': res(lambda r: r['items'][1].update(score_bp=10000) if r['items'][1].get('score_bp', 0) != 10000 else r['items'][1].update(score_bp=0)),
    'tampered-competency-score.json': res(lambda r: r['competencies'][0]['tested'].update(percent_bp=10000)),
    'score-over-100.json': res(lambda r: r['items'][0].update(score_bp=20000)),
    'score-negative.json': res(lambda r: r['items'][0].update(score_bp=-1)),
    'unknown-item.json': res(lambda r: r['items'][0].update(id='tidak-ada')),
    'kind-huge.json': res(lambda r: r['items'][0].update(kind='x' * 100_000)),
    'kind-changed.json': res(lambda r: r['items'][0].update(kind='true_false' if r['items'][0]['kind'] != 'true_false' else 'single_choice')),
    'answer-wrong-type.json': res(lambda r: r['items'][0].update(answer={'choice': 5})),
    'bad-time.json': res(lambda r: r.update(started_at='kemarin sore')),
    'finished-before-started.json': res(lambda r: r.update(finished_at='2020-01-01T00:00:00.000Z')),
    'duplicate-item.json': res(lambda r: r['items'].append(copy.deepcopy(r['items'][0]))),
    'no-participant.json': res(lambda r: r.pop('participant')),
    'items-not-a-list.json': res(lambda r: r.update(items='semua benar')),
    'empty-object.json': {},
    'script-in-name.json': res(lambda r: r['participant'].update(name='<script>alert(1)</script>')),
    'bidi-in-name.json': res(lambda r: r['participant'].update(name='Siti \u202eharmaR\u202c')),
}
for name, data in R.items():
    write('results', name, data)
# A participant name typed on a machine that saved the file as Windows-1252 ("é" as one byte).
write('results', 'latin1-name.json', rtext.encode('utf-8').replace(results['participant']['name'].encode('utf-8'), b'Ren\xe9 ' + results['participant']['name'].encode('utf-8'), 1))

# The spreadsheet example as Excel on Windows saves "CSV (Comma delimited)": Windows-1252, no BOM,
# with curly quotes, an en dash and an é typed in.
ansi = open(os.path.join(root, 'tests/corpus/csv/semicolon-bom.csv'), encoding='utf-8-sig', newline='').read()
ansi = ansi.replace('Pilih semua bentuknya.', '“Pilih semua” bentuknya – dari Café Sosial.', 1)
write('csv', 'excel-ansi.csv', ansi.encode('cp1252'))
