#!/usr/bin/env python3
"""Writes the hostile inputs the nineteenth round checked (docs/performance/quiet-run-and-tables.md) into DIR:
small files that once cost the readers minutes or gigabytes, and others that were already bounded. Measure each with
  /usr/bin/time -f "%e s %M KB" dotnet src/SchemaGen.Cli/bin/Release/net10.0/schemagen.dll check DIR/NAME
after `dotnet build src/SchemaGen.Cli -c Release`. The ruled PDF lattice is PdfSpecimens.DenseLattice (tests).
usage: tests/SchemaGen.Benchmarks/hostile-inputs.py DIR"""
import os
import random
import sys
import zipfile

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
V = 'urn:schemas-microsoft-com:vml'
HEADING = '三、收到和处理政府信息公开申请情况'


def text(path, content):
    with open(path, 'w', encoding='utf-8') as f:
        f.write(content)


def docx(path, body):
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}" xmlns:v="{V}"><w:body>'
           f'<w:p><w:r><w:t>{HEADING}</w:t></w:r></w:p>{body}</w:body></w:document>')
    types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', types)
        z.writestr('_rels/.rels', rels)
        z.writestr('word/document.xml', doc)


def p(t):
    return f'<w:p><w:r><w:t>{t}</w:t></w:r></w:p>'


def word_nested(depth, rows):
    body = '<w:tbl>' + ''.join('<w:tr>' + ''.join(f'<w:tc>{p(i % 10)}</w:tc>' for i in range(5)) + '</w:tr>' for _ in range(rows)) + '</w:tbl>'
    for d in range(depth):
        body = f'<w:tbl><w:tr><w:tc>{p("层" + str(d))}</w:tc><w:tc>{body}{p("")}</w:tc></w:tr></w:tbl>'
    return body + p('')


def html_nested(depth, rows):
    body = '<table>' + ''.join('<tr>' + ('<td>%d</td>' % (i % 10)) * 5 + '</tr>' for i in range(rows)) + '</table>'
    for d in range(depth):
        body = f'<table><tr><td>层{d}</td><td>{body}</td></tr></table>'
    return f'<html><body><p>{HEADING}</p>{body}</body></html>'


def main(out):
    os.makedirs(out, exist_ok=True)
    j = lambda name: os.path.join(out, name)
    wide = '|' + '|'.join(['1'] * 1000) + '|'
    # Once 19.7 s and 4 GB: one wide pipe line over many short ones.
    text(j('wide-pipe-30k.txt'), '\n'.join([wide] + ['|x|'] * 30000))
    text(j('wide-pipe-100k.txt'), '\n'.join([wide] + ['|x|'] * 100000))
    # Once 836 MB allocated by the Word reader: tables nested 38 deep (and the same table unnested).
    docx(j('word-nested-38.docx'), word_nested(38, 40000))
    docx(j('word-unnested.docx'), word_nested(0, 40000))
    # Once 11.7 s: 60,000 text boxes in one paragraph.
    box = '<w:r><w:pict><v:shape><v:textbox><w:txbxContent>' + p('1') + '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
    docx(j('word-text-boxes.docx'), '<w:p>' + box * 60000 + '</w:p>')
    # Once 677 MB peak: web tables nested 38 deep (and the same table unnested).
    text(j('html-nested-38.html'), html_nested(38, 40000))
    text(j('html-unnested.html'), html_nested(0, 40000))
    # Already bounded.
    random.seed(1)
    digits = ''.join(random.choice('0123456789') for _ in range(2_000_000))
    text(j('long-digit-run.txt'), HEADING + '\n本年新收' + digits)
    text(j('label-lines.txt'), '\n'.join([HEADING] + ['本年新收 1 2 3 4 5 6 7 8'] * 100000))
    text(j('headings.txt'), '\n'.join(['一、总体情况', '二、主动公开政府信息情况', HEADING, '四、政府信息公开行政复议、行政诉讼情况'] * 30000))
    text(j('flattened-labels.txt'), HEADING + '本年新收1234567上年结转0000000' * 50000)
    text(j('layout-5000-columns.txt'), HEADING + '\n' + '\n'.join(['本年新收' + ''.join('%8d' % i for i in range(5000))] * 200))
    text(j('html-5000-tables.html'), f'<html><body><p>{HEADING}</p>' + '<table><tr><td>本年新收</td><td>1</td></tr></table>' * 5000 + '</body></html>')
    text(j('html-wide-row.html'), f'<html><body><p>{HEADING}</p><table><tr>' + '<td>1</td>' * 100000 + '</tr><tr><td>x</td></tr></table></body></html>')
    text(j('cell-per-line.txt'), HEADING + '\n' + '\n'.join(['本年新收', '1', '', '2', ''] * 40000))


if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
