using System.Text;
using Microsoft.CodeAnalysis.Text;
using SchemaGen.Generator.Emit;

namespace SchemaGen.Generator
{
    /// <summary>
    /// An emitted file as the compiler's text, read from its pieces in place: no joined string (a large object for the
    /// biggest files) and no copy. A file the memo kept is added again at each build of a compiler server, where copying
    /// its pieces into a new text each time cost more than the rest of such a build.
    /// </summary>
    internal sealed class PieceSourceText : SourceText
    {
        private readonly GeneratedText _text;

        public PieceSourceText(GeneratedText text) => _text = text;

        public override Encoding Encoding => Encoding.UTF8;

        public override int Length => _text.Length;

        public override char this[int position] => _text[position];

        public override void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
            => _text.CopyTo(sourceIndex, destination, destinationIndex, count);
    }
}
