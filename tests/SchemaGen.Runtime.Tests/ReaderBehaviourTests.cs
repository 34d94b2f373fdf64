using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Validation;
using Xunit;

namespace SchemaGen.Runtime.Tests
{
    /// <summary>Small made-up reports, one rule of the reader each.</summary>
    public class ReaderBehaviourTests
    {
        private static string Report(string tableThree = "", string tableTwo = "", string tableFour = "") =>
            string.Join("\n",
                "一、总体情况", "本报告列明总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等。",
                "二、主动公开政府信息情况", tableTwo,
                "三、收到和处理政府信息公开申请情况", tableThree,
                "四、政府信息公开行政复议、行政诉讼情况", tableFour,
                "五、存在的主要问题及改进情况", "无。",
                "六、其他需要报告的事项", "无。");

        private static ReportReading Read2021(string text) => ReportTextReader.Read(text, TestSchemas.V2021);

        [Fact]
        public void Headings_are_found_in_order_and_not_in_prose()
        {
            ReportReading reading = Read2021("本报告由一、总体情况，二、主动公开政府信息情况等组成。\n(一)总体情况\n" + Report());
            Assert.Equal(3, reading.Section("Overview").HeadingLine);
            Assert.Equal(5, reading.Section("ProactiveDisclosure").HeadingLine);
            Assert.DoesNotContain(reading.Diagnostics, d => d.Id == ReadDiagnosticIds.SectionNotFound);
        }

        [Fact]
        public void Headings_are_found_behind_what_may_stand_before_them()
        {
            // A pipe row's sole cell after blank cells, Markdown marks, a full-width space, quotes, a no-break space:
            // each line's first folded character past them opens the heading.
            string text = Report()
                .Replace("一、总体情况", "| | 一、总体情况 | |")
                .Replace("二、主动公开政府信息情况", "## **二、主动公开政府信息情况**")
                .Replace("三、收到和处理政府信息公开申请情况", "\u3000\u3000三、收到和处理政府信息公开申请情况")
                .Replace("四、政府信息公开行政复议、行政诉讼情况", "> “四、政府信息公开行政复议、行政诉讼情况”")
                .Replace("五、存在的主要问题及改进情况", "\u00A0_五、存在的主要问题及改进情况_")
                .Replace("六、其他需要报告的事项", "｜六、其他需要报告的事项｜");
            ReportReading reading = Read2021(text);
            Assert.DoesNotContain(reading.Diagnostics, d => d.Id == ReadDiagnosticIds.SectionNotFound);
            string[] ids = { "Overview", "ProactiveDisclosure", "Applications", "Appeals", "Problems", "OtherMatters" };
            int[] lines = ids.Select(id => reading.Section(id).HeadingLine).ToArray();
            Assert.Equal(new[] { 1, 3, 5, 7, 9, 11 }, lines);

            // A pipe row of several cells that opens with a numbered label is no heading.
            ReportReading rows = Read2021(Report().Replace("五、存在的主要问题及改进情况", "| 五、存在的主要问题及改进情况 | 12 |"));
            Assert.NotEqual(9, rows.Section("Problems").HeadingLine);
        }

        [Fact]
        public void A_missing_section_is_a_warning_and_its_table_is_missing()
        {
            string text = Report().Replace("四、政府信息公开行政复议、行政诉讼情况", "");
            ReportReading reading = Read2021(text);
            SectionReading appeals = reading.Section("Appeals");
            Assert.False(appeals.Found);
            Assert.Equal(0, appeals.HeadingLine);
            Assert.Null(reading.TextOf("Appeals"));
            ReadDiagnostic notFound = Assert.Single(reading.Diagnostics, d => d.Id == ReadDiagnosticIds.SectionNotFound);
            Assert.Equal(FindingSeverity.Warning, notFound.Severity);
            Assert.Equal("Appeals", notFound.Section);
            Assert.Equal(TablePresence.Missing, reading.Table("Appeals").Presence);
            Assert.True(reading.Section("Problems").Found);
        }

        [Fact]
        public void A_renumbered_heading_is_accepted_with_a_note()
        {
            ReportReading reading = Read2021(Report().Replace("五、存在的主要问题", "七、存在的主要问题"));
            Assert.True(reading.Section("Problems").Found);
            Assert.Contains(reading.Diagnostics, d => d.Id == ReadDiagnosticIds.SectionHeadingRenumbered && d.Severity == FindingSeverity.Info);
        }

        [Fact]
        public void Heading_with_trailing_punctuation_and_pipes_is_a_heading()
        {
            ReportReading reading = Read2021(Report().Replace("六、其他需要报告的事项", "六、其它需要报告的事项。 | |"));
            Assert.True(reading.Section("OtherMatters").Found);
        }

        [Fact]
        public void Pipe_row_with_fewer_cells_is_placed_when_only_first_and_last_are_stated()
        {
            ReportReading reading = Read2021(Report(tableThree: "一、本年新收政府信息公开申请数量 | 4 | | | 4 |"));
            TableReading table = reading.Table("Applications");
            Assert.Equal(TablePresence.Present, table.Presence);
            Assert.Equal(4, table.Count("NewlyReceived", "NaturalPerson"));
            Assert.Equal(4, table.Count("NewlyReceived", "Total"));
            Assert.Null(table.Count("NewlyReceived", "Business"));
            Assert.Contains(reading.Diagnostics, d => d.Id == ReadDiagnosticIds.RowsNotFound);
        }

        [Fact]
        public void A_tables_cells_read_by_key_by_enumeration_and_as_values_agree_in_the_inputs_coordinates()
        {
            string text = Report(tableThree: "一、本年新收政府信息公开申请数量 | 4 | 1 | 0 | 0 | 0 | 0 | 5 |\n二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |");
            string[] inputLines = text.Split('\n');
            TableReading table = Read2021(text).Table("Applications");
            var cells = table.Cells.ToList();
            Assert.Equal(14, cells.Count);
            Assert.Equal(cells.Count, table.Cells.Count);
            Assert.Equal(cells.Select(c => c.Value), table.Cells.Values);
            Assert.Equal(cells.Select(c => c.Key), table.Cells.Keys);
            foreach (KeyValuePair<(string Row, string Column), CellReading> cell in cells)
            {
                Assert.True(table.Cells.TryGetValue(cell.Key, out CellReading byKey));
                Assert.Equal(cell.Value, byKey);
                Assert.Equal(cell.Value, table.Cells[cell.Key]);
                // The line and column are the input's own: the cell's text stands there.
                Assert.Equal(cell.Value.Source.Line, cell.Value.Line);
                Assert.Equal(cell.Value.Raw, inputLines[cell.Value.Line - 1].Substring(cell.Value.Column - 1, cell.Value.Raw.Length));
            }
            Assert.False(table.Cells.TryGetValue(("NoSuchRow", "Total"), out _));
            Assert.False(table.Cells.ContainsKey(("NoSuchRow", "Total")));
        }

        [Fact]
        public void Row_whose_cells_cannot_be_placed_is_left_out_with_a_diagnostic()
        {
            ReportReading reading = Read2021(Report(tableThree: "一、本年新收政府信息公开申请数量 | 4 | 1 | | 5 |\n二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0"));
            TableReading table = reading.Table("Applications");
            Assert.Equal(TablePresence.Present, table.Presence);
            Assert.False(table.Cells.ContainsKey(("NewlyReceived", "NaturalPerson")));
            Assert.Equal(0, table.Count("CarriedOver", "Total"));
            ReadDiagnostic d = Assert.Single(reading.Diagnostics, x => x.Id == ReadDiagnosticIds.RowNotPlaceable);
            Assert.Equal("NewlyReceived", d.Row);
            Assert.Equal("Applications", d.Table);
            Assert.True(d.Line > 0 && d.Column0 > 0);
        }

        [Fact]
        public void Row_with_more_figures_than_columns_is_not_placed()
        {
            ReportReading reading = Read2021(Report(tableThree: "一、本年新收政府信息公开申请数量 | 1 | 2 | 0 | 0 | 0 | 0 | 2 | 3 |"));
            Assert.Single(reading.Diagnostics, d => d.Id == ReadDiagnosticIds.RowTooManyFigures && d.Row == "NewlyReceived");
            Assert.Equal(TablePresence.Unplaceable, reading.Table("Applications").Presence);
        }

        [Fact]
        public void Garbled_fractional_and_negative_cells_are_not_stated_with_a_diagnostic_each()
        {
            ReportReading reading = Read2021(Report(tableThree: "一、本年新收政府信息公开申请数量 | 1x | 2.5 | -1 | 0 | — | / | 无 |"));
            TableReading table = reading.Table("Applications");
            Assert.Equal(TablePresence.Present, table.Presence);
            Assert.Null(table.Count("NewlyReceived", "NaturalPerson"));
            Assert.Null(table.Count("NewlyReceived", "Business"));
            Assert.Null(table.Count("NewlyReceived", "Research"));
            Assert.Equal(0, table.Count("NewlyReceived", "PublicInterest"));
            Assert.Null(table.Count("NewlyReceived", "Total"));
            Assert.Equal("1x", table.Cells[("NewlyReceived", "NaturalPerson")].Raw);
            Assert.Single(reading.Diagnostics, d => d.Id == ReadDiagnosticIds.UnreadableCell && d.Column == "NaturalPerson");
            Assert.Single(reading.Diagnostics, d => d.Id == ReadDiagnosticIds.FractionalCount && d.Column == "Business" && d.Severity == FindingSeverity.Error);
            Assert.Single(reading.Diagnostics, d => d.Id == ReadDiagnosticIds.NegativeValue && d.Column == "Research");
            Assert.DoesNotContain(reading.Diagnostics, d => d.Column == "LegalService" || d.Column == "OtherOrganisation" || d.Column == "Total");
        }

        [Fact]
        public void Signed_counts_and_amounts_take_their_kind_from_the_column()
        {
            string tableTwo2019 = string.Join("\n",
                "第二十条第（五）项",
                "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量",
                "行政许可 | 12 | -3 | 40",
                "第二十条第（九）项",
                "信息内容 | 采购项目数量 | 采购总金额",
                "政府集中采购 | 2 | 12.5");
            ReportReading reading = ReportTextReader.Read(Report(tableTwo: tableTwo2019), TestSchemas.V2019);
            Assert.Equal(-3, reading.Table("Licensing").Count("AdministrativeLicensing", "ChangeThisYear"));
            Assert.Equal(40, reading.Table("Licensing").Count("AdministrativeLicensing", "Decisions"));
            Assert.Equal(12.5m, reading.Table("Procurement").Amount("CentralizedProcurement", "TotalAmount"));
            Assert.Equal(TablePresence.Missing, reading.Table("Regulations").Presence);
            Assert.Contains(reading.Diagnostics, d => d.Id == ReadDiagnosticIds.TableMissing && d.Table == "Regulations" && d.Message.Contains("第二十条第（一）项"));

            ReportReading fees = Read2021(Report(tableTwo: "第二十条第（八）项\n信息内容 | 本年收费金额（单位：万元）\n行政事业性收费 | 190.457379"));
            Assert.Equal(190.457379m, fees.Table("Fees").Amount("AdministrativeFees", "Amount"));
        }

        [Fact]
        public void Unknown_rows_with_figures_are_reported_and_blank_ones_are_not()
        {
            ReportReading reading = Read2021(Report(tableThree: "一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1\n小计 | 1 | 0 | 0 | 0 | 0 | 0 | 1\n备注 | | |"));
            ReadDiagnostic d = Assert.Single(reading.Diagnostics, x => x.Id == ReadDiagnosticIds.UnknownRow);
            Assert.Contains("小计", d.Message);
            Assert.Null(d.Row);
        }

        [Fact]
        public void Subtotal_on_a_group_row_is_ignored_and_a_repeated_row_keeps_the_first()
        {
            string rows = string.Join("\n",
                "(三)不予公开 | 1 | 0 | 0 | 0 | 0 | 0 | 1",
                "1.属于国家秘密 | 1 | 0 | 0 | 0 | 0 | 0 | 1",
                "1.属于国家秘密 | 2 | 0 | 0 | 0 | 0 | 0 | 2");
            ReportReading reading = Read2021(Report(tableThree: rows));
            Assert.Equal(1, reading.Table("Applications").Count("Outcomes.Withheld.StateSecret", "Total"));
            Assert.Single(reading.Diagnostics, d => d.Id == ReadDiagnosticIds.GroupRowFigures && d.Row == "Outcomes.Withheld");
            Assert.Single(reading.Diagnostics, d => d.Id == ReadDiagnosticIds.DuplicateRow);
        }

        [Fact]
        public void Repeated_item_numbers_resolve_by_label_and_group()
        {
            string rows = string.Join("\n",
                "(四)无法提供 | 1.本机关不掌握相关政府信息 | 0 | 1 | 0 | 0 | 0 | 0 | 1",
                "(六)其他处理 | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 2 | 0 | 0 | 0 | 0 | 0 | 2",
                "3.其他 | 3 | 0 | 0 | 0 | 0 | 0 | 3");
            TableReading table = Read2021(Report(tableThree: rows)).Table("Applications");
            Assert.Equal(1, table.Count("Outcomes.UnableToProvide.NotHeld", "Total"));
            Assert.Equal(2, table.Count("Outcomes.OtherHandling.NotSupplemented", "Total"));
            Assert.Equal(3, table.Count("Outcomes.OtherHandling.Other", "Total"));
        }

        [Fact]
        public void Ambiguous_labels_are_settled_by_the_open_group_or_reported()
        {
            SchemaDescriptor schema = TwoGroupsSchema();
            TableReading settled = ReportTextReader.Read("一、表格\n甲类 | | \n其他 | 5 | 6\n乙类 | |\n其他 | 7 | 8", schema).Table("T");
            Assert.Equal(5, settled.Count("A.Other", "X"));
            Assert.Equal(8, settled.Count("B.Other", "Y"));

            ReportReading unsettled = ReportTextReader.Read("一、表格\n其他 | 5 | 6", schema);
            Assert.Single(unsettled.Diagnostics, d => d.Id == ReadDiagnosticIds.AmbiguousRowLabel);
            Assert.Equal(TablePresence.Unplaceable, unsettled.Table("T").Presence);
        }

        [Fact]
        public void One_cell_per_line_counts_blank_lines_as_empty_cells()
        {
            string table = string.Join("\n",
                "", "自然人", "", "总计", "",
                "一、本年新收政府信息公开申请数量", "", "5", "", "", "", "", "", "", "5", "",
                "二、上年结转政府信息公开申请数量", "", "1", "", "", "", "", "1", "",
                "(一)予以公开", "", "1", "", "2", "", "", "", "3", "");
            ReportReading reading = Read2021(Report(tableThree: table));
            TableReading t = reading.Table("Applications");
            Assert.Equal(5, t.Count("NewlyReceived", "NaturalPerson"));
            Assert.Equal(5, t.Count("NewlyReceived", "Total"));
            Assert.Equal(1, t.Count("CarriedOver", "Total"));
            Assert.Single(reading.Diagnostics, d => d.Id == ReadDiagnosticIds.RowNotPlaceable && d.Row == "Outcomes.Granted");
        }

        [Fact]
        public void A_stray_pipe_in_a_note_does_not_change_the_layout()
        {
            string table = string.Join("\n",
                "自然人", "", "总计", "",
                "一、本年新收政府信息公开申请数量", "", "5", "", "", "", "", "", "", "5", "",
                "注：数据来源 | 办公室");
            TableReading t = Read2021(Report(tableThree: table)).Table("Applications");
            Assert.Equal(5, t.Count("NewlyReceived", "Total"));
            Assert.Equal(new CellReading(5m, "5", 19, 1, SchemaGen.Runtime.Documents.SourceLocation.AtLine(19, 1)), t.Cells[("NewlyReceived", "Total")]);
        }

        [Fact]
        public void Appeals_single_unlabeled_row_in_pipe_layout()
        {
            string table = "行政复议 | 行政诉讼\n结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计\n| 0 | 1 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 2 | 0 | 0 | 0 | 2 |";
            TableReading appeals = Read2021(Report(tableFour: table)).Table("Appeals");
            Assert.Equal(TablePresence.Present, appeals.Presence);
            Assert.Equal(1, appeals.Count("Cases", "ReconsiderationCorrected"));
            Assert.Equal(2, appeals.Count("Cases", "SuitAfterReconsiderationTotal"));
        }

        // Table 四's header as converters write pipe text: each cell "text |", covered slots as trailing pipes, no frame.
        private const string UnframedAppealsHeader =
            "行政复议 | 行政诉讼 | |||||||||||||\n结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 | ||||||||\n";

        [Fact]
        public void In_a_table_whose_rows_are_not_framed_a_leading_pipe_closes_a_blank_first_cell()
        {
            // The row with its first figure blank: 14 figures for 15 columns after a pipe that is no frame here.
            TableReading appeals = Read2021(Report(tableFour: UnframedAppealsHeader + "| 2 | 0 | 1 | 3 | 1 | 2 | 1 | 1 | 5 | 0 | 0 | 0 | 0 | 0 |")).Table("Appeals");
            Assert.Equal(TablePresence.Present, appeals.Presence);
            Assert.Null(appeals.Count("Cases", "ReconsiderationUpheld"));
            Assert.Equal(2, appeals.Count("Cases", "ReconsiderationCorrected"));
            Assert.Equal(3, appeals.Count("Cases", "ReconsiderationTotal"));
            Assert.Equal(1, appeals.Count("Cases", "DirectSuitUpheld"));
            Assert.Equal(5, appeals.Count("Cases", "DirectSuitTotal"));
            Assert.Equal(0, appeals.Count("Cases", "SuitAfterReconsiderationTotal"));

            // First and last figures blank: the last written out as an empty cell, the first closed by the leading pipe.
            appeals = Read2021(Report(tableFour: UnframedAppealsHeader + "| 2 | 0 | 1 | 3 | 1 | 2 | 1 | 1 | 5 | 0 | 0 | 0 | 0 | |")).Table("Appeals");
            Assert.Equal(TablePresence.Present, appeals.Presence);
            Assert.Null(appeals.Count("Cases", "ReconsiderationUpheld"));
            Assert.Equal(2, appeals.Count("Cases", "ReconsiderationCorrected"));
            Assert.Equal(0, appeals.Count("Cases", "SuitAfterReconsiderationPending"));
            Assert.Null(appeals.Count("Cases", "SuitAfterReconsiderationTotal"));
        }

        [Fact]
        public void A_framed_pipe_row_one_figure_short_is_not_read_whichever_figure_was_left_out()
        {
            // Every line framed (Markdown): the leading pipe opens no cell, and the nothing after the closing pipe is no
            // cell either, so 14 figures stand for 15 columns and which one is missing cannot be known.
            string framed = string.Join("\n", UnframedAppealsHeader.TrimEnd('\n').Split('\n').Select(l => "| " + l))
                + "\n| 2 | 0 | 1 | 3 | 1 | 2 | 1 | 1 | 5 | 0 | 0 | 0 | 0 | 0 |";
            ReportReading reading = Read2021(Report(tableFour: framed));
            TableReading appeals = reading.Table("Appeals");
            Assert.Equal(TablePresence.Unplaceable, appeals.Presence);
            Assert.DoesNotContain(appeals.Cells.Values, c => c.Value is not null);
            Assert.Contains(reading.Diagnostics, d => d.Id == ReadDiagnosticIds.RowNotPlaceable && d.Table == "Appeals");
        }

        [Fact]
        public void A_pipe_rows_blank_last_cell_written_out_is_read_as_blank()
        {
            string header = "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 | ||||||||\n";
            TableReading appeals = Read2021(Report(tableFour: header + "| 0 | 1 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 2 | 0 | 0 | 0 | |")).Table("Appeals");
            Assert.Equal(TablePresence.Present, appeals.Presence);
            Assert.Equal(1, appeals.Count("Cases", "ReconsiderationCorrected"));
            Assert.Equal(2, appeals.Count("Cases", "SuitAfterReconsiderationUpheld"));
            Assert.Null(appeals.Count("Cases", "SuitAfterReconsiderationTotal"));
        }

        [Fact]
        public void Empty_and_null_input_read_as_all_missing()
        {
            foreach (string? text in new[] { "", null, "\n\n", "|||" })
            {
                ReportReading reading = ReportTextReader.Read(text!, TestSchemas.V2021);
                Assert.All(reading.Sections, s => Assert.False(s.Found));
                Assert.All(reading.Tables, t => Assert.Equal(TablePresence.Missing, t.Presence));
                Assert.Equal(6, reading.Diagnostics.Count(d => d.Id == ReadDiagnosticIds.SectionNotFound));
            }
        }

        [Fact]
        public void Null_schema_is_a_diagnostic_not_an_exception()
        {
            ReportReading reading = ReportTextReader.Read("一、总体情况", null!);
            Assert.Single(reading.Diagnostics, d => d.Id == ReadDiagnosticIds.ReaderFailure);
        }

        /// <summary>A table whose rows 甲类 › 其他 and 乙类 › 其他 share a label.</summary>
        private static SchemaDescriptor TwoGroupsSchema()
        {
            static AxisNodeDescriptor Node(string id, string path, string label, params AxisNodeDescriptor[] children)
                => new(id, path, null, label, Array.Empty<string>(), null, null, null, false, children);
            var rows = new[]
            {
                Node("A", "A", "甲类", Node("Other", "A.Other", "其他")),
                Node("B", "B", "乙类", Node("Other", "B.Other", "其他")),
            };
            var columns = new[] { Node("X", "X", "列一"), Node("Y", "Y", "列二") };
            var table = new TableDescriptor("T", "S", null, "表", null, Array.Empty<string>(), CellKind.Count, columns, rows);
            var section = new SectionDescriptor("S", "一", "表格", Array.Empty<string>(), false, new[] { "T" });
            return new SchemaDescriptor("test", "1", "test", "test", null, null, new[] { section }, new[] { table }, Array.Empty<InvariantDescriptor>());
        }
    }
}
