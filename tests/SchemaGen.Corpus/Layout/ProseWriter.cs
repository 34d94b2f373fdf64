using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SchemaGen.Corpus.Figures;
using SchemaGen.Corpus.Formats;

namespace SchemaGen.Corpus.Layout
{
    /// <summary>The prose of a report: paragraphs per text section, the preamble and closing lines, and the figures they restate.</summary>
    public sealed class ReportProse
    {
        public ReportProse(string preamble, IReadOnlyDictionary<string, IReadOnlyList<string>> sections, IReadOnlyList<string> closing, IReadOnlyList<ProseClaim> claims)
        {
            Preamble = preamble;
            Sections = sections;
            Closing = closing;
            Claims = claims;
        }

        public string Preamble { get; }

        /// <summary>Paragraphs by section id (text sections only).</summary>
        public IReadOnlyDictionary<string, IReadOnlyList<string>> Sections { get; }

        /// <summary>The agency's name and the date, under the last section.</summary>
        public IReadOnlyList<string> Closing { get; }

        public IReadOnlyList<ProseClaim> Claims { get; }
    }

    /// <summary>
    /// Writes plausible prose for a report, in the phrases agencies use, restating the key figures of the tables the way
    /// real reports do (本年度共收到政府信息公开申请75件（含上年结转2件），办结73件，结转下年度继续办理2件), in Arabic or
    /// now and then Chinese numerals. Every restatement is recorded as a <see cref="ProseClaim"/>.
    /// </summary>
    public static class ProseWriter
    {
        private const string OverviewId = "Overview";
        private const string ProblemsId = "Problems";
        private const string OtherMattersId = "OtherMatters";

        private static readonly string[] Platforms = { "政府门户网站", "政务新媒体", "政府信息公开专栏", "政务服务网", "政府公报" };

        private static readonly string[] Guidance =
        {
            "坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》和上级关于政务公开工作的部署要求",
            "深入贯彻党中央、国务院关于全面推进政务公开的决策部署，严格执行《中华人民共和国政府信息公开条例》",
            "按照上级政务公开工作要点的要求，以公开为常态、不公开为例外",
        };

        private static readonly string[] Management =
        {
            "严格落实政府信息公开保密审查制度，坚持“先审查、后公开”和“一事一审”原则，全年未发生泄密事件。",
            "动态调整政府信息公开事项目录清单，规范公开内容、公开方式和公开时限。",
            "加强规范性文件管理，及时清理并公布现行有效的规范性文件目录。",
        };

        private static readonly string[] PlatformWork =
        {
            "持续优化政府门户网站政府信息公开专栏，完善栏目设置，提升信息发布的时效性和准确性。",
            "加强政务新媒体管理，建立健全信息发布审核机制，做好政策解读和回应关切。",
            "完成网站适老化和无障碍改造，方便老年人和残疾人获取政府信息。",
        };

        private static readonly string[] Oversight =
        {
            "将政务公开工作纳入年度绩效考核，明确责任分工，加强督促检查。",
            "组织开展政务公开业务培训，提高工作人员的业务能力和水平。",
            "自觉接受社会监督，认真办理社会评议反馈的问题，全年未发生责任追究情况。",
        };

        private static readonly string[] Problems =
        {
            "一是政策解读的形式还不够丰富，图解、视频等多元化解读占比不高；二是依申请公开答复的规范性有待进一步提高；三是基层政务公开标准化规范化水平仍需提升。",
            "一是主动公开的深度和广度还需拓展；二是政务公开工作人员业务能力有待加强；三是与公众的互动交流还不够充分。",
            "一是部分栏目信息更新不够及时；二是政府信息管理的精细化程度还有差距。",
        };

        private static readonly string[] Improvements =
        {
            "下一步，将进一步强化政策解读，丰富解读形式，提升解读质量；加强依申请公开答复审核，规范答复文书；加大业务培训力度，提升工作人员能力水平。",
            "下一步，将聚焦群众关切，扩大主动公开范围，加强政务公开平台建设，畅通政民互动渠道，不断提升政务公开工作质量。",
        };

        public static ReportProse Write(ReportFigures figures, ReportIdentity identity, SeededRandom random)
        {
            var facts = new ProseFacts(figures);
            var claims = new List<ProseClaim>();
            var sections = new Dictionary<string, IReadOnlyList<string>>();
            foreach (FormatSection section in figures.Format.Sections.Where(s => s.IsText))
            {
                var paragraphs = section.Id switch
                {
                    OverviewId => Overview(facts, identity, random, claims),
                    ProblemsId => ProblemsSection(random),
                    OtherMattersId => OtherMatters(identity, random),
                    _ => new List<string> { "无。" },
                };
                sections[section.Id] = paragraphs;
            }
            string preamble = "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，现公布" + identity.Title +
                "。本报告所列数据的统计期限自" + identity.Year + "年1月1日起至" + identity.Year + "年12月31日止。本报告电子版可在" + identity.Website + "下载。如对本报告有疑问，请与"
                + identity.Agency + "联系。";
            var closing = new[] { identity.Agency, (identity.Year + 1) + "年" + random.Next(1, 3) + "月" + random.Next(5, 29) + "日" };
            return new ReportProse(preamble, sections, closing, claims);
        }

        private static List<string> Overview(ProseFacts facts, ReportIdentity identity, SeededRandom random, List<ProseClaim> claims)
        {
            var paragraphs = new List<string>
            {
                identity.Year + "年，" + identity.Agency + random.Pick(Guidance) + "，扎实推进政府信息公开工作，各项工作取得积极成效。现将有关情况报告如下：",
            };

            string proactive = "（一）主动公开。" + identity.Year + "年，通过" + random.Pick(Platforms) + "主动公开政府信息" + random.Next(40, 3000) + "条，其中政策解读"
                + random.Next(2, 60) + "篇，回应社会关切" + random.Next(0, 30) + "次。";
            if (facts.NormativeDocumentsIssued is { } issued && random.Chance(0.6))
                proactive += Claim(claims, OverviewId, issued, "本年制发规范性文件{0}件，均按规定及时公开。", random);
            paragraphs.Add(proactive);

            paragraphs.Add("（二）依申请公开。" + Applications(facts, random, claims));
            int first = random.Next(0, Management.Length);
            paragraphs.Add("（三）政府信息管理。" + Management[first] + Management[(first + random.Next(1, Management.Length)) % Management.Length]);
            paragraphs.Add("（四）政府信息公开平台建设。" + random.Pick(PlatformWork));
            paragraphs.Add("（五）监督保障。" + random.Pick(Oversight) + Appeals(facts, random, claims));
            return paragraphs;
        }

        private static string Applications(ProseFacts facts, SeededRandom random, List<ProseClaim> claims)
        {
            if (facts.ReceivedWithCarriedOver is not { } total || facts.Received is not { } received || facts.CarriedOver is not { } carriedOver)
                return "依法依规办理政府信息公开申请。";
            if (total.Value == 0)
            {
                const string none = "本年度未收到政府信息公开申请。";
                Record(claims, OverviewId, none, total);
                return none;
            }

            var text = new System.Text.StringBuilder();
            if (random.Chance(0.5) && facts.Concluded is { } concluded && facts.CarriedForward is { } forward)
            {
                text.Append(Claim(claims, OverviewId, total, "本年度共收到政府信息公开申请{0}件", random));
                text.Append(carriedOver.Value > 0 ? Claim(claims, OverviewId, carriedOver, "（含上年结转{0}件）", random) : "");
                text.Append(Claim(claims, OverviewId, concluded, "，办结{0}件", random));
                text.Append(forward.Value > 0 ? Claim(claims, OverviewId, forward, "，结转下年度继续办理{0}件。", random) : "，均已按期答复。");
            }
            else
            {
                text.Append(Claim(claims, OverviewId, received, "全年新收政府信息公开申请{0}件", random));
                if (facts.NaturalPersons is { } persons && persons.Value > 0 && persons.Value < received.Value)
                    text.Append(Claim(claims, OverviewId, persons, "，其中自然人申请{0}件", random));
                text.Append(Claim(claims, OverviewId, carriedOver, "；上年结转{0}件。", random));
            }
            var outcomes = new[]
            {
                (facts.Granted, "予以公开{0}件"), (facts.PartiallyGranted, "部分公开{0}件"), (facts.Withheld, "不予公开{0}件"),
                (facts.UnableToProvide, "无法提供{0}件"), (facts.NotProcessed, "不予处理{0}件"), (facts.OtherHandling, "其他处理{0}件"),
            }.Where(o => o.Item1 is { Value: > 0 }).ToList();
            if (outcomes.Count > 0)
                text.Append("从办理结果看，").Append(string.Join("，", outcomes.Select(o => Claim(claims, OverviewId, o.Item1!, o.Item2, random)))).Append('。');
            return text.ToString();
        }

        private static string Appeals(ProseFacts facts, SeededRandom random, List<ProseClaim> claims)
        {
            if (facts.Reconsiderations is not { } reconsiderations || facts.Lawsuits is not { } lawsuits) return "";
            if (reconsiderations.Value == 0 && lawsuits.Value == 0)
            {
                Record(claims, OverviewId, "全年未发生因政府信息公开引起的行政复议、行政诉讼案件。", reconsiderations);
                Record(claims, OverviewId, "全年未发生因政府信息公开引起的行政复议、行政诉讼案件。", lawsuits);
                return "全年未发生因政府信息公开引起的行政复议、行政诉讼案件。";
            }
            return Claim(claims, OverviewId, reconsiderations, "全年发生政府信息公开行政复议案件{0}件", random) + Claim(claims, OverviewId, lawsuits, "、行政诉讼案件{0}件。", random);
        }

        private static List<string> ProblemsSection(SeededRandom random)
            => new List<string> { random.Pick(Problems), random.Pick(Improvements) };

        private static List<string> OtherMatters(ReportIdentity identity, SeededRandom random)
        {
            string fees = random.Chance(0.85)
                ? "依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），本年度" + identity.Agency + "未收取信息处理费。"
                : "依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），本年度共收取信息处理费" + random.Next(1, 50) * 10 + "元。";
            var paragraphs = new List<string> { fees };
            if (random.Chance(0.6))
                paragraphs.Add("对照上级年度政务公开工作要点，逐项明确责任单位和完成时限，各项任务均已按要求落实。");
            return paragraphs;
        }

        /// <summary>Writes one restatement (the template's {0} takes the value) and records what it claims.</summary>
        private static string Claim(List<ProseClaim> claims, string sectionId, ProseFacts.Quantity quantity, string template, SeededRandom random)
        {
            string number = quantity.Value > 0 && random.Chance(0.15)
                ? ChineseNumber.Format(quantity.Whole)
                : quantity.Value.ToString(CultureInfo.InvariantCulture);
            string sentence = string.Format(CultureInfo.InvariantCulture, template, number);
            Record(claims, sectionId, sentence, quantity);
            return sentence;
        }

        private static void Record(List<ProseClaim> claims, string sectionId, string sentence, ProseFacts.Quantity quantity)
            => claims.Add(new ProseClaim(sectionId, sentence, quantity.Name, quantity.Cells, quantity.Value));
    }
}
