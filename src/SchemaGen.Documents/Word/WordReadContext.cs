using System.Threading;

namespace SchemaGen.Documents.Word
{
    /// <summary>
    /// What one read of one document shares across paragraphs and tables: the styles and numbering (whose counters
    /// run through the whole document), the cancellation token, and tallies of what was left out, which become one
    /// note per kind at the end instead of one per element.
    /// </summary>
    internal sealed class WordReadContext
    {
        public WordReadContext(WordStyles styles, WordNumbering numbering, CancellationToken cancellationToken)
        {
            Styles = styles;
            Numbering = numbering;
            CancellationToken = cancellationToken;
        }

        public WordStyles Styles { get; }

        public WordNumbering Numbering { get; }

        public CancellationToken CancellationToken { get; }

        public SkippedContent Skipped { get; } = new SkippedContent();
    }

    /// <summary>Tallies of content the reader saw and did not turn into blocks.</summary>
    internal sealed class SkippedContent
    {
        /// <summary>Pictures, charts, shapes and other drawings that hold no text box.</summary>
        public int Drawings;

        /// <summary>Embedded OLE objects (<c>w:object</c>) with no text box, and imported chunks (<c>w:altChunk</c>).</summary>
        public int EmbeddedObjects;

        public int Footnotes;
        public int Endnotes;
        public int Comments;

        /// <summary>Table-of-contents entries (a TOC content control, or paragraphs in a "toc N" style).</summary>
        public int TableOfContentsEntries;

        /// <summary>Content controls still showing their placeholder prompt ("单击或点击此处输入文字。").</summary>
        public int Placeholders;

        /// <summary>Runs formatted as hidden text (<c>w:vanish</c>) that held text.</summary>
        public int HiddenRuns;

        /// <summary>Text written in a merged cell's continuation (a <c>w:vMerge</c> or <c>w:hMerge</c> that continues), which Word does not show.</summary>
        public int MergedContinuationTexts;

        /// <summary>Tables cut at <see cref="SchemaGen.Runtime.Documents.TableGridBuilder.MaxSlots"/> slots.</summary>
        public int TruncatedTables;
    }
}
