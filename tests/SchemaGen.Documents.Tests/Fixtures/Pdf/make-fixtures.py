#!/usr/bin/env python3
"""Writes the real-world-shaped report pages (HTML), their expected table grids (TSV, one grid row per line, cells
separated by tabs, a merged cell's text in every slot it covers) and prints the Chromium command that turns each page
into the checked-in PDF. Run from this folder; the tests only read the outputs."""
import random

SUBS = [
    ("（三）不予公开", ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
                  "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"]),
    ("（四）无法提供", ["1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"]),
    ("（五）不予处理", ["1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
                  "5.要求行政机关确认或重新出具已获取信息"]),
    ("（六）其他处理", ["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                  "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"]),
]
NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
LEAVES = ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]


def figures(rng, blank):
    row = [rng.choice([0, 0, 1, 2, 3, 5, 8, 12, 27, 106, 1350]) for _ in range(6)]
    cells = [str(v) for v in row] + [str(sum(row))]
    if blank:
        cells = [c if c != "0" or i in (0, 6) else "" for i, c in enumerate(cells)]
    return cells


def table3(rng, thead, blank):
    grid, html = [], []
    header = [[NOTE] * 3 + ["申请人情况"] * 7,
              [NOTE] * 3 + ["自然人"] + ["法人或其他组织"] * 5 + ["总计"],
              [NOTE] * 3 + ["自然人"] + LEAVES + ["总计"]]
    grid += header
    html.append("<thead>" if thead else "<tbody>")
    html.append(f'<tr><td colspan="3" rowspan="3" class="note">{NOTE}</td><td colspan="7">申请人情况</td></tr>')
    html.append('<tr><td rowspan="2" class="narrow">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2" class="narrow">总计</td></tr>')
    html.append("<tr>" + "".join(f'<td class="narrow">{leaf}</td>' for leaf in LEAVES) + "</tr>")
    html.append("</thead><tbody>" if thead else "")

    def row(label_cells, grid_labels, figs):
        html.append("<tr>" + label_cells + "".join(f"<td>{f}</td>" for f in figs) + "</tr>")
        grid.append(grid_labels + figs)

    for label in ["一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量"]:
        row(f'<td colspan="3" class="label">{label}</td>', [label] * 3, figures(rng, blank))
    outcome_rows = 2 + sum(len(s) for _, s in SUBS) + 1
    vertical = '<td rowspan="%d" class="vertical">三、本年度办理结果</td>' % outcome_rows
    for i, label in enumerate(["（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"]):
        row((vertical if i == 0 else "") + f'<td colspan="2" class="label">{label}</td>', ["三、本年度办理结果", label, label], figures(rng, blank))
    for group, subs in SUBS:
        for i, sub in enumerate(subs):
            lead = f'<td rowspan="{len(subs)}" class="group">{group}</td>' if i == 0 else ""
            row(lead + f'<td class="label">{sub}</td>', ["三、本年度办理结果", group, sub], figures(rng, blank))
    row('<td colspan="2" class="label">（七）总计</td>', ["三、本年度办理结果", "（七）总计", "（七）总计"], figures(rng, blank))
    row('<td colspan="3" class="label">四、结转下年度继续办理</td>', ["四、结转下年度继续办理"] * 3, figures(rng, blank))
    html.append("</tbody>")
    return "\n".join(html), grid


def table2(rng):
    rows = [["第二十条第（一）项"] * 4, ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]]
    html = ['<tr><td colspan="4" class="caption">第二十条第（一）项</td></tr>',
            "<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>"]
    for label in ["规章", "行政规范性文件"]:
        f = [str(rng.randint(0, 40)) for _ in range(3)]
        rows.append([label] + f)
        html.append(f"<tr><td>{label}</td>" + "".join(f"<td>{x}</td>" for x in f) + "</tr>")
    for caption, labels, column in [("第二十条第（五）项", ["行政许可"], "本年处理决定数量"),
                                    ("第二十条第（六）项", ["行政处罚", "行政强制"], "本年处理决定数量"),
                                    ("第二十条第（八）项", ["行政事业性收费"], "本年收费金额（单位：万元）")]:
        rows.append([caption] * 4)
        rows.append(["信息内容"] + [column] * 3)
        html.append(f'<tr><td colspan="4" class="caption">{caption}</td></tr>')
        html.append(f'<tr><td>信息内容</td><td colspan="3">{column}</td></tr>')
        for label in labels:
            value = f"{rng.randint(0, 900)}.{rng.randint(0, 99):02d}" if "收费" in column else str(rng.randint(0, 5000))
            rows.append([label] + [value] * 3)
            html.append(f'<tr><td>{label}</td><td colspan="3">{value}</td></tr>')
    return "\n".join(html), rows


def table4(rng):
    groups = ["行政复议", "未经复议直接起诉", "复议后起诉"]
    results = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    grid = [["行政复议"] * 5 + ["行政诉讼"] * 10,
            ["行政复议"] * 5 + ["未经复议直接起诉"] * 5 + ["复议后起诉"] * 5,
            results * 3]
    figs = []
    for _ in groups:
        part = [rng.randint(0, 6) for _ in range(4)]
        figs += [str(v) for v in part] + [str(sum(part))]
    grid.append(figs)
    html = ['<tr><td colspan="5" rowspan="2">行政复议</td><td colspan="10">行政诉讼</td></tr>',
            '<tr><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>',
            "<tr>" + "".join(f'<td class="narrow">{r}</td>' for r in results * 3) + "</tr>",
            "<tr>" + "".join(f"<td>{f}</td>" for f in figs) + "</tr>"]
    return "\n".join(html), grid


STYLE = """
body { font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", serif; font-size: 14px; margin: 0 24px; }
h1 { font-size: 22px; text-align: center; }
h2 { font-size: 17px; }
p { text-indent: 2em; line-height: 1.7; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; }
td { border: 1px solid #000; padding: 3px 4px; text-align: center; vertical-align: middle; font-size: 12.5px; }
td.label { text-align: left; }
td.note { width: 7em; }
td.vertical { width: 1em; padding: 2px 3px; }
td.group { width: 4.5em; }
td.narrow { width: 2.6em; }
td.caption { font-weight: bold; }
nav, .crumbs { font-size: 12px; color: #555; }
"""


def page(title, agency, rng, thead, blank, lead_paragraphs):
    t2, g2 = table2(rng)
    t3, g3 = table3(rng, thead, blank)
    t4, g4 = table4(rng)
    prose = "".join(f"<p>{p}</p>" for p in lead_paragraphs)
    html = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title><style>{STYLE}</style></head>
<body>
<div class="crumbs">首页 &gt; 政务公开 &gt; 政府信息公开年报</div>
<h1>{title}</h1>
<p>本报告由{agency}根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）要求编制。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。</p>
<h2>一、总体情况</h2>
{prose}
<h2>二、主动公开政府信息情况</h2>
<table>{t2}</table>
<h2>三、收到和处理政府信息公开申请情况</h2>
<table>{t3}</table>
<h2>四、政府信息公开行政复议、行政诉讼情况</h2>
<table>{t4}</table>
<h2>五、存在的主要问题及改进情况</h2>
<p>一是政策解读形式还不够丰富；二是依申请公开答复的规范化水平有待提高。下一步，将进一步加强培训，提升公开质量。</p>
<h2>六、其他需要报告的事项</h2>
<p>本年度未收取信息处理费。</p>
</body></html>
"""
    return html, {"table2": g2, "table3": g3, "table4": g4}


def write(name, html, grids):
    with open(name + ".html", "w", encoding="utf-8") as f:
        f.write(html)
    for key, grid in grids.items():
        with open(f"{name}.{key}.tsv", "w", encoding="utf-8") as f:
            for row in grid:
                f.write("\t".join(row) + "\n")
    print(f"chromium --headless --no-sandbox --disable-gpu --disable-background-networking --no-first-run "
          f"--user-data-dir=$(mktemp -d) --print-to-pdf={name}.pdf {name}.html")


write("county-report", *page("XX县人民政府2023年政府信息公开工作年度报告", "XX县人民政府办公室", random.Random(2023), thead=True, blank=False,
      lead_paragraphs=["2023年，XX县人民政府深入贯彻落实《条例》，坚持以公开为常态、不公开为例外，全面推进决策、执行、管理、服务、结果公开。",
                       "（一）主动公开。全年主动公开政府信息1234条，其中政策文件56件。",
                       "（二）依申请公开。全年共收到政府信息公开申请，均在法定期限内答复。"]))
write("bureau-report", *page("XX市生态环境局2022年政府信息公开工作年度报告", "XX市生态环境局", random.Random(2022), thead=False, blank=True,
      lead_paragraphs=["2022年，市生态环境局认真贯彻落实政务公开工作部署，围绕生态环境保护中心工作，持续推进政府信息公开。"]))
