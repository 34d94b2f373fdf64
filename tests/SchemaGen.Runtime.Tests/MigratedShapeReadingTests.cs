using System;
using System.Linq;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Formats;
using SchemaGen.Runtime.Migration;
using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Validation;
using Xunit;

namespace SchemaGen.Runtime.Tests
{
    /// <summary>
    /// Rows printed in another version's shape are read as the migration map's row splits say, whatever the format: two
    /// made-up versions of a small table, where version 2 splits 甲类 into 甲一 and 甲二 and carries the old figures into 甲二.
    /// Nothing of the annual report's formats is involved, so the reading follows the map's data, not known rows.
    /// </summary>
    public class MigratedShapeReadingTests
    {
        private static readonly SchemaDescriptor Old = Schema("1", Node("A", "A", "甲类"), Node("B", "B", "乙类"));
        private static readonly SchemaDescriptor New = Schema("2", Node("A", "A", "甲类", Node("One", "A.One", "甲一"), Node("Two", "A.Two", "甲二")), Node("B", "B", "乙类"));
        private static readonly MigrationMapDescriptor Map = new("mini@1", "mini@2", Array.Empty<CellMigrationDescriptor>(),
            new[] { new RowSplitDescriptor("T", "A", new[] { "A.One", "A.Two" }, "A.Two", "甲类 became 甲一 and 甲二; old figures go whole into 甲二.") });
        private static readonly IReportFormat[] Formats = { new MapOnlyFormat(Old, null), new MapOnlyFormat(New, Map) };

        [Fact]
        public void The_shapes_come_from_the_map_in_both_directions()
        {
            MigratedRowShape summed = Assert.Single(MigratedShapes.For(Old, Formats).Rows);
            Assert.Equal(MigratedShapeKind.Summed, summed.Kind);
            Assert.Equal("A", summed.Into);
            Assert.Equal(new[] { "A.One", "A.Two" }, summed.Written.Select(n => n.Path));
            Assert.Equal("mini@2", summed.OtherFormat);

            MigratedRowShape carried = Assert.Single(MigratedShapes.For(New, Formats).Rows);
            Assert.Equal(MigratedShapeKind.CarriedWhole, carried.Kind);
            Assert.Equal("A.Two", carried.Into);
            Assert.Equal(new[] { "A.One", "A.Two" }, carried.StandsFor);
            Assert.Equal("甲类", Assert.Single(carried.Written).Label);

            // Without the newer format (and its map) there is nothing to map.
            Assert.Empty(MigratedShapes.For(Old, new IReportFormat[] { new MapOnlyFormat(Old, null) }).Rows);
            Assert.Empty(MigratedShapes.For(Old, null).Rows);
        }

        [Fact]
        public void The_older_version_sums_the_newer_rows_into_its_row()
        {
            const string text = "一、表格\n甲一 | 2 | 3\n甲二 | 1 | 0\n乙类 | 5 | 5";
            ReportReading reading = ReportTextReader.Read(text, Old, MigratedShapes.For(Old, Formats));
            TableReading table = reading.Table("T");
            Assert.Null(table.Amount("A", "X"));
            Assert.Equal(new[] { new ImputedCell("A", "X", 3), new ImputedCell("A", "Y", 3) }, table.Imputed);
            Assert.Equal(5, table.Count("B", "Y"));
            ReadDiagnostic note = Assert.Single(reading.Diagnostics, d => d.Id == ReadDiagnosticIds.RowReadThroughMigration);
            Assert.Equal("A", note.Row);
            Assert.Contains("\"甲一\", \"甲二\"", note.Message);
            Assert.Contains("(列一 = 3; 列二 = 3)", note.Message);
            Assert.Contains("old figures go whole into 甲二", note.Message);
            Assert.True(!reading.Diagnostics.Any(d => d.Severity is FindingSeverity.Warning or FindingSeverity.Error), string.Join("\n", reading.Diagnostics));

            // The same text read without the shapes: the rows are unknown, as before.
            ReportReading plain = ReportTextReader.Read(text, Old);
            Assert.Equal(2, plain.Diagnostics.Count(d => d.Id == ReadDiagnosticIds.UnknownRow));
            Assert.Empty(plain.Table("T").Imputed);
        }

        [Fact]
        public void The_newer_version_reads_the_old_single_row_into_the_row_the_split_carries_it_into()
        {
            const string text = "一、表格\n甲类 | 4 | 1\n乙类 | 5 | 5";
            ReportReading reading = ReportTextReader.Read(text, New, MigratedShapes.For(New, Formats));
            TableReading table = reading.Table("T");
            Assert.Equal(4, table.Count("A.Two", "X"));
            Assert.Equal(1, table.Count("A.Two", "Y"));
            Assert.Null(table.Amount("A.One", "X"));
            Assert.Equal("A.Two", Assert.Single(reading.Diagnostics, d => d.Id == ReadDiagnosticIds.RowReadThroughMigration).Row);

            ReportReading plain = ReportTextReader.Read(text, New);
            Assert.Single(plain.Diagnostics, d => d.Id == ReadDiagnosticIds.GroupRowFigures);
            Assert.Null(plain.Table("T").Amount("A.Two", "X"));

            // Both shapes with figures: nothing is added to what 甲二 states.
            ReportReading both = ReportTextReader.Read("一、表格\n甲类 | 4 | 1\n甲一 | 3 | 0\n甲二 | 1 | 1\n乙类 | 5 | 5", New, MigratedShapes.For(New, Formats));
            Assert.Equal(1, both.Table("T").Count("A.Two", "X"));
            Assert.Single(both.Diagnostics, d => d.Id == ReadDiagnosticIds.GroupRowFigures);
            Assert.DoesNotContain(both.Diagnostics, d => d.Id == ReadDiagnosticIds.RowReadThroughMigration);
        }

        [Fact]
        public void Shapes_made_for_another_schema_are_not_used()
        {
            ReportReading reading = ReportTextReader.Read("一、表格\n甲一 | 2 | 3\n甲二 | 1 | 0", Old, MigratedShapes.For(New, Formats));
            Assert.DoesNotContain(reading.Diagnostics, d => d.Id == ReadDiagnosticIds.RowReadThroughMigration);
            Assert.Empty(reading.Table("T").Imputed);
        }

        private static AxisNodeDescriptor Node(string id, string path, string label, params AxisNodeDescriptor[] children)
            => new(id, path, null, label, Array.Empty<string>(), null, null, null, false, children);

        private static SchemaDescriptor Schema(string version, params AxisNodeDescriptor[] rows)
        {
            var columns = new[] { Node("X", "X", "列一"), Node("Y", "Y", "列二") };
            var table = new TableDescriptor("T", "S", null, "表", null, Array.Empty<string>(), CellKind.Count, columns, rows);
            var section = new SectionDescriptor("S", "一", "表格", Array.Empty<string>(), false, new[] { "T" });
            return new SchemaDescriptor("mini", version, "mini", "mini", null, null, new[] { section }, new[] { table }, Array.Empty<InvariantDescriptor>());
        }

        /// <summary>A format as <see cref="MigratedShapes"/> sees it: a descriptor and a migration map; nothing else is asked of it.</summary>
        private sealed class MapOnlyFormat : IReportFormat
        {
            public MapOnlyFormat(SchemaDescriptor descriptor, MigrationMapDescriptor? map)
            {
                Descriptor = descriptor;
                MigrationMap = map;
            }

            public SchemaDescriptor Descriptor { get; }
            public string? MigratesFrom => MigrationMap is null ? null : "1";
            public MigrationMapDescriptor? MigrationMap { get; }
            public ParsedReport Parse(string? text) => throw new NotSupportedException();
            public ParsedReport Parse(Document document) => throw new NotSupportedException();
            public object FromReading(ReportReading reading) => throw new NotSupportedException();
            public ValidationResult Validate(object report) => throw new NotSupportedException();
            public ValidationResult ValidateAcrossYears(object previous, object current) => throw new NotSupportedException();
            public MigrationResult<object>? ConvertFromPrevious(object previous) => throw new NotSupportedException();
        }
    }
}
