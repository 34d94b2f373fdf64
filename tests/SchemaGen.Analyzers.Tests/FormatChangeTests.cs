using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SchemaGen.Analyzers.Analyzers;
using SchemaGen.Analyzers.Diagnostics;
using SchemaGen.Analyzers.Tests.Infrastructure;
using SchemaGen.CodeFixes;
using Xunit;

namespace SchemaGen.Analyzers.Tests
{
    /// <summary>
    /// A consumer written against the 2021 model, regenerated against a changed schema as the next official format might
    /// change it: row CarriedForward renamed (renamed-from), column Research removed (removed, with a reason) and a
    /// column added where it stood, so the Row constructor still takes seven figures. What the user must get: obsolete
    /// warnings naming the new member (SG2008) that a code fix clears, an error naming the reason for the removed column
    /// (SG2009), the positional-argument warning (SG2007) on the constructor call whose figures would shift, and a
    /// compile error, never a silent shift, for named figures.
    /// </summary>
    public class FormatChangeTests
    {
        private const string Reason = "the next format counts news media where it counted research institutions";

        /// <summary>The 2021 schema as the next format might change it.</summary>
        private static string ChangedSchema()
        {
            string yaml = GeneratedModel.Yaml2021;
            string research = "          - id: Research\n            label: 科研机构\n            aliases: [科研機構]\n            description: Research institutions.\n";
            Assert.Contains(research, yaml);
            yaml = yaml.Replace(research, "          - id: Media\n            label: 新闻媒体\n            description: News media.\n");
            Assert.Contains("      - id: CarriedForward\n", yaml);
            yaml = yaml.Replace("CarriedForward", "CarriedToNextYear")
                .Replace("      - id: CarriedToNextYear\n", "      - id: CarriedToNextYear\n        renamed-from: [CarriedForward]\n");
            return yaml + $"\nremoved:\n  - element: Applications.column:Research\n    reason: {Reason}\n";
        }

        private static readonly Lazy<IReadOnlyList<(string Name, string Text)>> Generated = new(() =>
            GeneratedModel.Generate((GeneratedModel.Schema2021Path, ChangedSchema())).ToList());

        private const string Tool = """
            using SchemaGen.Formats.V2021;

            public static class Tool
            {
                public static void Carry(ApplicationsTable t) => t.CarriedForward.NaturalPerson = 5;
                public static int? Open(ApplicationsTable t) => t.CarriedForward.Total;
                public static decimal? Key(ApplicationsTable t) => t.GetCell("CarriedForward", "Total");
                public static ApplicationsTable.Row Positional() => new ApplicationsTable.Row(3, 1, 0, 0, 0, 0, 4);
            }
            """;

        private const string Removed = """
            using SchemaGen.Formats.V2021;

            public static class Research
            {
                public static void Count(ApplicationsTable t) => t.NewlyReceived.Research = 2;
            }
            """;

        private const string Named = """
            using SchemaGen.Formats.V2021;

            public static class Named
            {
                public static ApplicationsTable.Row Row() => new ApplicationsTable.Row(naturalPerson: 3, business: 1, research: 0, publicInterest: 0, legalService: 0, otherOrganisation: 0, total: 4);
            }
            """;

        /// <summary>Written in the new terms: reads back what the old-terms code wrote.</summary>
        private const string Check = """
            using SchemaGen.Formats.V2021;

            public static class Check
            {
                public static int? Carried()
                {
                    var t = new ApplicationsTable();
                    Tool.Carry(t);
                    return t.CarriedToNextYear.NaturalPerson;
                }

                public static string Printed() => new ApplicationsTable.Row { NaturalPerson = 1 }.ToString() + new ApplicationsTable().ToString();
            }
            """;

        private static readonly DiagnosticAnalyzer[] Analyzers = { new SchemaKeyAnalyzer(), new PositionalCellsAnalyzer() };

        private static ConsumerProject Consumer(params (string Name, string Text)[] documents)
            => new(Generated.Value, (GeneratedModel.Schema2021Path, ChangedSchema()), documents);

        [Fact]
        public async Task Old_code_gets_guidance_not_bare_errors_and_no_figure_moves_silently()
        {
            var consumer = Consumer(("Tool.cs", Tool), ("Research.cs", Removed), ("Named.cs", Named));
            var diagnostics = await consumer.DiagnosticsAsync(Analyzers);

            // The renamed row: a warning per use, naming the new member and the format.
            var renamed = diagnostics.Where(d => d.Id == SchemaGenRules.RenamedMemberId).ToList();
            Assert.Equal(2, renamed.Count);
            Assert.All(renamed, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
            Assert.All(renamed, d => Assert.Contains("CarriedForward is CarriedToNextYear in gov-info-annual-report@2021", d.GetMessage()));

            // The removed column: an error with the team's reason, and nothing else on that line.
            var removed = Assert.Single(diagnostics, d => d.Location.SourceTree!.FilePath.EndsWith("Research.cs", StringComparison.Ordinal));
            Assert.Equal(SchemaGenRules.RemovedMemberId, removed.Id);
            Assert.Equal(DiagnosticSeverity.Error, removed.Severity);
            Assert.Contains(Reason, removed.GetMessage());

            // The string key of the renamed row: SG2004 names the new key and suggests it.
            var key = Assert.Single(diagnostics, d => d.Id == SchemaGenRules.UnknownSchemaKeyId);
            Assert.Contains("'CarriedForward'", key.GetMessage());
            Assert.Contains("CarriedToNextYear", key.GetMessage());
            Assert.Equal("CarriedToNextYear", key.Properties[FixProperties.Suggestion]);

            // Seven figures by position still compile against seven columns: the shift is warned about, not silent.
            var positional = Assert.Single(diagnostics, d => d.Id == SchemaGenRules.PositionalCellsId);
            Assert.Contains("Positional", positional.Location.SourceTree!.GetText().Lines[positional.Location.GetLineSpan().StartLinePosition.Line].ToString());
            // Named figures do not compile: the removed column's name is gone.
            var named = diagnostics.Where(d => d.Location.SourceTree!.FilePath.EndsWith("Named.cs", StringComparison.Ordinal)).ToList();
            Assert.Contains(named, d => d.Id == "CS1739" && d.GetMessage().Contains("research"));
            Assert.All(named, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));

            // Nothing else: no bare CS1061 or CS0117 for the renamed or removed members.
            var expected = new HashSet<string> { SchemaGenRules.RenamedMemberId, SchemaGenRules.RemovedMemberId, SchemaGenRules.UnknownSchemaKeyId, SchemaGenRules.PositionalCellsId, "CS1739", "CS7036" };
            Assert.DoesNotContain(diagnostics, d => !expected.Contains(d.Id));
        }

        [Fact]
        public async Task The_forwarders_carry_figures_and_the_fixes_rewrite_old_code_into_code_that_builds_clean()
        {
            var consumer = Consumer(("Tool.cs", Tool), ("Check.cs", Check));

            // Before any fix, old code builds (warnings only) and what it writes lands in the renamed row.
            Assert.DoesNotContain(await consumer.DiagnosticsAsync(Analyzers), d => d.Severity == DiagnosticSeverity.Error && d.Id != SchemaGenRules.UnknownSchemaKeyId);
            var keyOnly = Consumer(("Tool.cs", Tool.Replace("t.GetCell(\"CarriedForward\", \"Total\")", "null")), ("Check.cs", Check));
            Assert.Equal(5, await keyOnly.RunAsync("Check", "Carried"));
            // ToString prints the record's own members, not the obsolete ones (the compiler's version would print both).
            string printed = (string)(await keyOnly.RunAsync("Check", "Printed"))!;
            Assert.Contains("CarriedToNextYear = ", printed);
            Assert.DoesNotContain("CarriedForward", printed);
            Assert.DoesNotContain("Research", printed);

            int fixes = await consumer.FixAsync("Tool.cs", Analyzers, new RenamedMemberCodeFixProvider(), new SchemaKeyCodeFixProvider());
            Assert.Equal(3, fixes);
            string fixedTool = await consumer.TextOf("Tool.cs");
            Assert.Contains("t.CarriedToNextYear.NaturalPerson = 5", fixedTool);
            Assert.Contains("t.CarriedToNextYear.Total", fixedTool);
            Assert.Contains("t.GetCell(\"CarriedToNextYear\", \"Total\")", fixedTool);
            Assert.DoesNotContain("CarriedForward", fixedTool);

            // What is left is the positional warning, which a person must decide on (its fix would name today's columns).
            var left = await consumer.DiagnosticsAsync(Analyzers);
            Assert.Equal(SchemaGenRules.PositionalCellsId, Assert.Single(left).Id);
            Assert.Equal(5, await consumer.RunAsync("Check", "Carried"));
        }

        [Fact]
        public async Task Without_ObsoleteAttribute_DiagnosticId_the_compiler_warning_is_CS0618_and_the_same_fix_applies()
        {
            // A target whose ObsoleteAttribute has no DiagnosticId (netstandard2.0): generated code takes its #else branch.
            var consumer = new ConsumerProject(Generated.Value, (GeneratedModel.Schema2021Path, ChangedSchema()),
                new[] { ("Tool.cs", Tool.Replace("t.GetCell(\"CarriedForward\", \"Total\")", "null")) }, preprocessorSymbols: Array.Empty<string>());
            var obsolete = (await consumer.DiagnosticsAsync()).Where(d => d.Id == "CS0618").ToList();
            Assert.Equal(2, obsolete.Count);
            Assert.All(obsolete, d => Assert.Contains("CarriedToNextYear", d.GetMessage()));

            Assert.Equal(2, await consumer.FixAsync("Tool.cs", Array.Empty<DiagnosticAnalyzer>(), new RenamedMemberCodeFixProvider()));
            Assert.DoesNotContain(await consumer.DiagnosticsAsync(), d => d.Id == "CS0618");
        }

        [Fact]
        public async Task The_official_migration_keeps_the_older_formats_names_with_its_notes()
        {
            // Code written against 2019's Regulations and Licensing, compiled against the 2021 model.
            const string old = """
                using SchemaGen.Formats.V2021;

                public static class Old
                {
                    public static int? Made(RegulationsTable t) => t.Rules.MadeThisYear;
                    public static int? Published(RegulationsTable t) => t.Rules.PublishedTotal;
                    public static object? Procurement(AnnualReport r) => r.Procurement;
                }
                """;
            var consumer = new ConsumerProject(GeneratedModel.Sources2021, (GeneratedModel.Schema2021Path, GeneratedModel.Yaml2021), new[] { ("Old.cs", old) });
            var diagnostics = await consumer.DiagnosticsAsync();

            var made = Assert.Single(diagnostics, d => d.Id == SchemaGenRules.RenamedMemberId);
            Assert.Contains("is Issued in gov-info-annual-report@2021 (国办公开办函〔2021〕30号)", made.GetMessage());
            var removed = diagnostics.Where(d => d.Id == SchemaGenRules.RemovedMemberId).Select(d => d.GetMessage()).ToList();
            Assert.Equal(2, removed.Count);
            Assert.Contains(removed, m => m.Contains("not carried into InForce"));
            Assert.Contains(removed, m => m.Contains("it has no procurement table"));
            Assert.Equal(3, diagnostics.Count);

            Assert.Equal(1, await consumer.FixAsync("Old.cs", Array.Empty<DiagnosticAnalyzer>(), new RenamedMemberCodeFixProvider()));
            Assert.Contains("t.Rules.Issued", await consumer.TextOf("Old.cs"));
        }
    
        [Fact]
        public async Task A_renamed_table_and_a_renamed_row_inside_a_group_forward_too()
        {
            string yaml = GeneratedModel.Yaml2021;
            foreach (string part in new[] { "tables: [Regulations, Licensing, Enforcement, Fees]", "  - id: Fees\n", "    table: Fees\n", "          - id: Granted\n" })
                Assert.Contains(part, yaml);
            yaml = System.Text.RegularExpressions.Regex.Replace(yaml, @"\bGranted\b", "Disclosed")
                .Replace("tables: [Regulations, Licensing, Enforcement, Fees]", "tables: [Regulations, Licensing, Enforcement, Charges]")
                .Replace("  - id: Fees\n", "  - id: Charges\n    renamed-from: [Fees]\n")
                .Replace("    table: Fees\n", "    table: Charges\n")
                .Replace("          - id: Disclosed\n", "          - id: Disclosed\n            renamed-from: [Granted]\n");
            var generated = GeneratedModel.Generate((GeneratedModel.Schema2021Path, yaml));
            const string old = """
                using SchemaGen.Formats.V2021;

                public static class Old
                {
                    public static AnnualReport Fill()
                    {
                        var r = new AnnualReport();
                        r.Fees.AdministrativeFees.Amount = 1.5m;
                        r.Applications.Outcomes.Granted.NaturalPerson = 2;
                        return r;
                    }

                    public static string Check()
                    {
                        var r = Fill();
                        return r.Charges.AdministrativeFees.Amount + "/" + r.Applications.Outcomes.Disclosed.NaturalPerson + "/" + r;
                    }
                }
                """;
            var consumer = new ConsumerProject(generated, (GeneratedModel.Schema2021Path, yaml), new[] { ("Old.cs", old) });
            var diagnostics = await consumer.DiagnosticsAsync();
            Assert.Equal(2, diagnostics.Count);
            Assert.All(diagnostics, d => Assert.Equal(SchemaGenRules.RenamedMemberId, d.Id));
            Assert.Contains(diagnostics, d => d.GetMessage().Contains("Fees is Charges in"));
            Assert.Contains(diagnostics, d => d.GetMessage().Contains("Granted is Disclosed in"));

            string result = (string)(await consumer.RunAsync("Old", "Check"))!;
            Assert.StartsWith("1.5/2/AnnualReport {", result);
            Assert.Contains(", Charges = ", result);
            Assert.DoesNotContain(", Fees = ", result);

            Assert.Equal(2, await consumer.FixAsync("Old.cs", Array.Empty<DiagnosticAnalyzer>(), new RenamedMemberCodeFixProvider()));
            Assert.Empty(await consumer.DiagnosticsAsync());
            Assert.Contains("r.Charges.AdministrativeFees.Amount = 1.5m", await consumer.TextOf("Old.cs"));
        }
}
}
