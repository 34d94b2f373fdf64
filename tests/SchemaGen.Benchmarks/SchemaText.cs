using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SchemaGen.Benchmarks
{
    /// <summary>A schema YAML as the compiler hands it to the generator and analyzers: an additional file, read once.</summary>
    internal sealed class SchemaText : AdditionalText
    {
        private readonly SourceText _text;

        public SchemaText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text);
        }

        /// <summary>The file at <paramref name="path"/>, read now.</summary>
        public static SchemaText Read(string path) => new(path, File.ReadAllText(path));

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
