using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGen.Formats;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Validation;
using V2019 = SchemaGen.Formats.V2019;
using V2021 = SchemaGen.Formats.V2021;

namespace SchemaGen.Cli.Comparing
{
    /// <summary>
    /// The generated code that works across years, bound per format version: each version's ValidateAcrossYears,
    /// and the 2019 → 2021 converter. FormatCatalog exposes the single-year check only, so the calls are bound here.
    /// </summary>
    public static class GeneratedAcrossYears
    {
        /// <summary>Runs <paramref name="format"/>'s generated ValidateAcrossYears on two readings made with its descriptor.</summary>
        public static ValidationResult Validate(FormatEntry format, ReportReading previous, ReportReading current) => format.Version switch
        {
            "2019" => V2019.AnnualReportValidator.ValidateAcrossYears(V2019.AnnualReportParser.FromReading(previous), V2019.AnnualReportParser.FromReading(current)),
            "2021" => V2021.AnnualReportValidator.ValidateAcrossYears(V2021.AnnualReportParser.FromReading(previous), V2021.AnnualReportParser.FromReading(current)),
            _ => throw new NotSupportedException($"no generated cross-year validator is bound for format version {format.Version}"),
        };

        /// <summary>How last year's cells line up with this year's: identity, the generated converter's mapping, or same ids.</summary>
        public static CellMapping Mapping(SchemaDescriptor lastYears, SchemaDescriptor thisYears)
        {
            if (lastYears.Key == thisYears.Key) return CellMapping.Identity(thisYears);
            if (lastYears.Key == V2019.AnnualReportSchema.Key && thisYears.Key == V2021.AnnualReportSchema.Key) return V2019To2021.Value;
            return CellMapping.BySameIds(lastYears, thisYears);
        }

        private static readonly Lazy<CellMapping> V2019To2021 = new(ProbeV2019To2021);

        /// <summary>
        /// Learns where the generated converter (AnnualReportMigration.FromV2019) carries each 2019 cell by converting a
        /// probe: a 2019 report whose every cell holds a distinct number. The number a 2021 cell ends up with names its
        /// 2019 source; what the converter drops or carries only approximately it lists itself, with the schema's reasons.
        /// </summary>
        private static CellMapping ProbeV2019To2021()
        {
            SchemaDescriptor from = V2019.AnnualReportSchema.Descriptor;
            SchemaDescriptor to = V2021.AnnualReportSchema.Descriptor;
            CellKey[] sources = CellKey.AllOf(from).ToArray();
            ReportReading probe = ReadingWithValues(from, sources.Select((c, i) => (c, (decimal)(i + 1))).ToDictionary(p => p.c, p => p.Item2));
            var migrated = V2021.AnnualReportMigration.FromV2019(V2019.AnnualReportParser.FromReading(probe));

            var sourceOf = new Dictionary<CellKey, CellKey>();
            foreach (CellKey target in CellKey.AllOf(to))
            {
                decimal? value = CellOf(migrated.Report, target);
                if (value is decimal v && v == decimal.Truncate(v) && v >= 1 && v <= sources.Length) sourceOf[target] = sources[(int)v - 1];
            }
            var caveats = migrated.Caveats.GroupBy(c => new CellKey(c.To.Table, c.To.Row, c.To.Column)).ToDictionary(g => g.Key, g => g.First().Caveat);
            var notCarried = migrated.NotCarriedOver.GroupBy(n => new CellKey(n.From.Table, n.From.Row, n.From.Column)).ToDictionary(g => g.Key, g => g.First().Reason);
            return new CellMapping("last year's figures are carried into version 2021 as the generated 2019 → 2021 converter (AnnualReportMigration.FromV2019) carries them",
                sourceOf, caveats, notCarried);
        }

        /// <summary>A reading in which the given cells hold the given values and every table counts as present.</summary>
        internal static ReportReading ReadingWithValues(SchemaDescriptor schema, IReadOnlyDictionary<CellKey, decimal> values)
        {
            var tables = schema.Tables.Select(t => new TableReading(t.Id, TablePresence.Present, 0,
                values.Where(v => v.Key.Table == t.Id).ToDictionary(v => (v.Key.Row, v.Key.Column), v => new CellReading(v.Value, v.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), 0, 0)))).ToArray();
            return new ReportReading(schema, schema.Sections.Select(s => new SectionReading(s.Id, false, 0, "")).ToArray(), tables, Array.Empty<ReadDiagnostic>());
        }

        private static decimal? CellOf(V2021.AnnualReport report, CellKey cell) => cell.Table switch
        {
            "Regulations" => report.Regulations.GetCell(cell.Row, cell.Column),
            "Licensing" => report.Licensing.GetCell(cell.Row, cell.Column),
            "Enforcement" => report.Enforcement.GetCell(cell.Row, cell.Column),
            "Fees" => report.Fees.GetCell(cell.Row, cell.Column),
            "Applications" => report.Applications.GetCell(cell.Row, cell.Column),
            "Appeals" => report.Appeals.GetCell(cell.Row, cell.Column),
            _ => throw new ArgumentException($"version 2021 has no table {cell.Table}", nameof(cell)),
        };
    }
}
