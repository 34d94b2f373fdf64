using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGen.Corpus.Figures;
using SchemaGen.Corpus.Findings;
using SchemaGen.Corpus.Formats;
using SchemaGen.Corpus.Layout;
using SchemaGen.Runtime.Documents;

namespace SchemaGen.Corpus.Rendering
{
    /// <summary>
    /// One rendered report and everything a reader, checker or benchmark must find in it: the bytes (and the text, for
    /// text and HTML), its shape and format version, the figure of every cell it shows (table id, leaf row path, leaf
    /// column id → value, or null for a blank), the tables it leaves out, and the findings a validator must report.
    /// </summary>
    public sealed class RenderedReport
    {
        internal RenderedReport(ReportFormat format, long seed, Shape shape, Breakage breakage, ReportIdentity identity, AgencySize agencySize,
            ReportFigures trueFigures, ReportFigures shownFigures, ReportLayout layout, Lazy<Document> document, byte[] content, string? text, string? encodingName,
            IReadOnlyList<Finding> expectedFindings, IReadOnlyList<ProseClaim> proseClaims)
        {
            Format = format;
            Seed = seed;
            Shape = shape;
            Breakage = breakage;
            Identity = identity;
            AgencySize = agencySize;
            TrueFigures = trueFigures;
            Figures = shownFigures;
            Layout = layout;
            _document = document;
            Content = content;
            Text = text;
            EncodingName = encodingName;
            ExpectedFindings = expectedFindings;
            ProseClaims = proseClaims;
            ExpectedCells = shape.IsReadable
                ? shownFigures.PresentCells.ToDictionary(p => p.Key, p => p.Value)
                : new Dictionary<CellRef, decimal?>();
        }

        public ReportFormat Format { get; }
        public long Seed { get; }
        public Shape Shape { get; }

        /// <summary>The defect rendered into the report, resolved (<see cref="Breakage.None"/> for a valid report).</summary>
        public Breakage Breakage { get; }

        public ReportIdentity Identity { get; }
        public AgencySize AgencySize { get; }

        /// <summary>The figures before any defect: every rule holds on them, and the prose restates them.</summary>
        public ReportFigures TrueFigures { get; }

        /// <summary>The figures as the report shows them (defect included, zeros a page left empty as blanks).</summary>
        public ReportFigures Figures { get; }

        public ReportLayout Layout { get; }

        /// <summary>The report as the runtime's document model (what the HTML/Word readers should produce, and what a PDF writer takes); built on first use.</summary>
        public Document Document => _document.Value;

        private readonly Lazy<Document> _document;

        public byte[] Content { get; }

        /// <summary>The text (for text shapes and HTML: the markup); null for binary shapes.</summary>
        public string? Text { get; }

        /// <summary>The character encoding of <see cref="Content"/> (utf-8, gbk, gb2312, gb18030); null for binary shapes.</summary>
        public string? EncodingName { get; }

        /// <summary>Every cell of the tables shown, with the figure a reader must find (null: the cell is blank). Empty for an unreadable shape.</summary>
        public IReadOnlyDictionary<CellRef, decimal?> ExpectedCells { get; }

        /// <summary>The tables the report leaves out (a reader must report them missing).</summary>
        public IReadOnlyList<string> MissingTables => Format.Tables.Where(t => !Figures.IsPresent(t.Id)).Select(t => t.Id).ToArray();

        /// <summary>What a validator must report about <see cref="Figures"/>, worked out from the schema's rules by the corpus.</summary>
        public IReadOnlyList<Finding> ExpectedFindings { get; }

        /// <summary>The figures the prose restates (from <see cref="TrueFigures"/>).</summary>
        public IReadOnlyList<ProseClaim> ProseClaims { get; }

        public DocumentKind Kind => Shape.Kind;

        public bool IsValid => Breakage.Kind == BreakageKind.None;

        /// <summary>A file name that says what is in the file: seed, format version, shape, defect.</summary>
        public string FileName
            => $"{Seed:D6}_{Format.Version}_{Shape.Name.Replace('/', '-')}{(IsValid ? "" : "_" + Breakage.Kind.ToString().ToLowerInvariant())}{Shape.Extension}";

        public override string ToString() => FileName + (IsValid ? "" : " (" + Breakage.Description + ")");
    }
}
