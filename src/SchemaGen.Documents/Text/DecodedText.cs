using System;
using System.Collections.Generic;
using System.Text;
using SchemaGen.Runtime.Documents;

namespace SchemaGen.Documents.Text
{
    /// <summary>How the encoding of a text was decided.</summary>
    public enum EncodingDecision
    {
        /// <summary>Not decoded: the input is not text.</summary>
        NotText,
        /// <summary>By its byte-order mark.</summary>
        ByteOrderMark,
        /// <summary>By the charset the input declares (a page's <c>&lt;meta&gt;</c>), which its bytes bear out.</summary>
        Declaration,
        /// <summary>The input declares a charset its bytes contradict; decoded by what the bytes are instead.</summary>
        DeclarationOverruled,
        /// <summary>Nothing declared: found from the bytes (UTF-8 validity, GB18030 validity, the charset detector).</summary>
        Detection,
    }

    /// <summary>A charset an input declares, and where it declares it (for messages).</summary>
    /// <param name="Label">The label as written: "gb2312", "UTF-8".</param>
    /// <param name="DeclaredBy">Where: "&lt;meta charset&gt;", "&lt;meta http-equiv=\"Content-Type\"&gt;", "the HTTP header".</param>
    public sealed record CharsetDeclaration(string Label, string DeclaredBy);

    /// <summary>Bytes turned into text, with the encoding used, how it was decided, and what is worth saying about it.</summary>
    public sealed class DecodedText
    {
        internal DecodedText(string text, Encoding? encoding, EncodingDecision decision, IReadOnlyList<DocumentNote> notes)
        {
            Text = text;
            Encoding = encoding;
            Decision = decision;
            Notes = notes;
        }

        /// <summary>The decoded text, without byte-order mark; empty when the input is not text.</summary>
        public string Text { get; }

        /// <summary>The encoding used; null when the input is not text.</summary>
        public Encoding? Encoding { get; }

        public EncodingDecision Decision { get; }

        public bool IsText => Decision != EncodingDecision.NotText;

        /// <summary>
        /// SG3050 when the input is not text; SG3052 when the encoding was detected or a declaration overruled, or when
        /// bytes had to be replaced; SG3053 when the input ends in the middle of a character.
        /// </summary>
        public IReadOnlyList<DocumentNote> Notes { get; }

        /// <summary>"UTF-8", "GB18030"; empty when not text.</summary>
        public string EncodingName => Encoding is null ? "" : EncodingLabels.DisplayName(Encoding);

        internal static DecodedText NotText(DocumentNote note) => new DecodedText("", null, EncodingDecision.NotText, new[] { note });
    }
}
