using System.Collections.Generic;
using System.IO;

namespace SchemaGen.Docs
{
    // CONTRACT (owned by the docs work).
    public static class DocsWriter
    {
        /// <summary>Writes Markdown and HTML docs for the schemas into <paramref name="outputDirectory"/>; returns 0 on success, 2 on unreadable input.</summary>
        public static int Write(IReadOnlyList<string> schemaPaths, string outputDirectory, TextWriter log) => throw new System.NotImplementedException("being written");
    }
}
