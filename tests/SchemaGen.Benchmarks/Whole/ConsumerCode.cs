using System;
using System.Collections.Generic;
using System.Globalization;

namespace SchemaGen.Benchmarks.Whole
{
    /// <summary>
    /// A report tool's source files, written from a seed (the same files for the same seed): a third build reports
    /// with initializers, set cells, recompute totals and validate (what SG2001–SG2003 and SG2005 look at); a sixth
    /// look cells, rows and tables up by key and build rows with named figures (SG2004, SG2007); the rest is the
    /// ordinary code around them (LINQ, strings, records) that touches no generated type, which is what most of a real
    /// tool is and what the analyzers must skip cheaply. Every file compiles against the generated 2021 model.
    /// </summary>
    internal static class ConsumerCode
    {
        public static IReadOnlyList<(string Name, string Text)> Write(int files, int seed)
        {
            var random = new Random(seed);
            var sources = new List<(string, string)>(files);
            for (int i = 0; i < files; i++)
            {
                int kind = i % 6;
                string text = kind < 2 ? Builder(i, random) : kind == 2 ? Lookups(i, random) : Ordinary(i, random);
                sources.Add(($"File{i:000}.cs", text));
            }
            return sources;
        }

        private static string Builder(int i, Random random)
        {
            int a = random.Next(0, 500), b = random.Next(0, 50), c = random.Next(0, 20), d = random.Next(0, a + 1);
            // One file in ten has a total that does not add up: real code has mistakes, and SG2001 must find them.
            int total = i % 10 == 0 ? a + b + 1 : a + b;
            return Invariant($$"""
                using System;
                using SchemaGen.Formats.V2021;

                namespace Consumer.Reports{{i}}
                {
                    public static class Builder{{i}}
                    {
                        public static AnnualReport Build(int received)
                        {
                            var report = new AnnualReport
                            {
                                Applications =
                                {
                                    NewlyReceived = { NaturalPerson = {{a}}, Business = {{b}}, Total = {{total}} },
                                    CarriedOver = { NaturalPerson = {{c}}, Total = {{c}} },
                                    Outcomes = { Granted = { NaturalPerson = {{d}}, Total = {{d}} } },
                                },
                                Appeals = { Cases = { ReconsiderationUpheld = 1, ReconsiderationTotal = 1 } },
                            };
                            report.Applications.NewlyReceived.NaturalPerson = received;
                            report.Applications.RecomputeTotals();
                            var result = AnnualReportValidator.Validate(report);
                            if (!result.IsValid) Console.WriteLine(result.Findings.Count);
                            return report;
                        }

                        public static ApplicationsTable.Row Row(int n) => new ApplicationsTable.Row { NaturalPerson = n, Total = n };

                        public static AnnualReport Next(AnnualReport report) => report with { Overview = "第{{i}}号" };
                    }
                }
                """);
        }

        private static readonly string[] Rows = { "NewlyReceived", "CarriedOver", "Outcomes.Granted", "Outcomes.PartiallyGranted", "CarriedForward", "本年新收政府信息公开申请数量" };
        private static readonly string[] Columns = { "NaturalPerson", "Business", "Total", "总计", "Research" };

        private static string Lookups(int i, Random random)
        {
            string row = Rows[random.Next(Rows.Length)], column = Columns[random.Next(Columns.Length)];
            string leaf = row.StartsWith("Outcomes", StringComparison.Ordinal) || row == "CarriedForward" || row == "NewlyReceived" ? row : "CarriedOver";
            return Invariant($$"""
                using SchemaGen.Formats.V2021;
                using SchemaGen.Runtime.Descriptors;

                namespace Consumer.Lookups{{i}}
                {
                    public static class Lookup{{i}}
                    {
                        public static AxisNodeDescriptor Row() => AnnualReportSchema.Row("Applications", "{{row}}");

                        public static TableDescriptor Table() => AnnualReportSchema.Table("Applications");

                        public static decimal? Cell(ApplicationsTable table) => table.GetCell("{{leaf}}", "{{column}}");

                        public static ApplicationsTable.Row Figures(int n) => new ApplicationsTable.Row(naturalPerson: n, business: 0, research: 0, publicInterest: 0, legalService: 0, otherOrganisation: 0, total: n);
                    }
                }
                """);
        }

        private static string Ordinary(int i, Random random)
        {
            int count = random.Next(3, 12);
            return Invariant($$"""
                using System;
                using System.Collections.Generic;
                using System.Linq;
                using System.Text;

                namespace Consumer.App{{i}}
                {
                    public sealed record Agency{{i}}(string Name, string Region, int Year);

                    public sealed class Catalogue{{i}}
                    {
                        private readonly List<Agency{{i}}> _agencies = new();

                        public Catalogue{{i}}()
                        {
                            for (int k = 0; k < {{count}}; k++) _agencies.Add(new Agency{{i}}("机关" + k, k % 2 == 0 ? "河北" : "北京", 2019 + k % 5));
                        }

                        public IEnumerable<string> Regions() => _agencies.Select(a => a.Region).Distinct().OrderBy(r => r, StringComparer.Ordinal);

                        public Dictionary<int, int> PerYear() => _agencies.GroupBy(a => a.Year).ToDictionary(g => g.Key, g => g.Count());

                        public string Describe()
                        {
                            var text = new StringBuilder();
                            foreach (var agency in _agencies.Where(a => a.Year >= 2021))
                                text.Append(agency.Name).Append('（').Append(agency.Year).Append("）；");
                            return text.Length == 0 ? "无" : text.ToString().TrimEnd('；');
                        }

                        public int Score(string name)
                        {
                            int score = 0;
                            foreach (char c in name)
                                score = unchecked(score * 31 + c);
                            return Math.Abs(score % {{count + 7}});
                        }
                    }
                }
                """);
        }

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
