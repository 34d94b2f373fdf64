using System;
using System.IO;
using System.Text;

namespace SchemaGen.Cli.Output
{
    /// <summary>
    /// The real process's standard output. When the console takes UTF-8 (as it does unless the locale says otherwise):
    /// one writer over the stream with a buffer of its own, handed on when flushed (every output flushes after each file
    /// and at its end, and <see cref="Cli.Run(string[], CliContext)"/> at the end of every command), and the stream itself
    /// for output written as UTF-8 bytes (JSON). The console's own writer hands on every 256 characters, a write call
    /// each: about 60 per file of JSON and 265 per file of HTML in a batch of rendered reports. Otherwise, or when the
    /// stream cannot be opened, the console's writer as it is.
    /// </summary>
    internal sealed class StandardOutput
    {
        private const int BufferSize = 64 * 1024;

        private StandardOutput(TextWriter writer, Stream? bytes)
        {
            Writer = writer;
            Bytes = bytes;
        }

        public TextWriter Writer { get; }

        /// <summary>The stream <see cref="Writer"/> writes UTF-8 to; null when it is the console's writer.</summary>
        public Stream? Bytes { get; }

        public static StandardOutput Open()
        {
            try
            {
                if (Console.OutputEncoding.CodePage != Encoding.UTF8.CodePage) return new StandardOutput(Console.Out, null);
                Stream stream = Console.OpenStandardOutput();
                // Synchronized, as the console's writer is: output goes from one thread, but nothing here promises it.
                var writer = TextWriter.Synchronized(new StreamWriter(stream, new UTF8Encoding(false), BufferSize) { AutoFlush = false });
                return new StandardOutput(writer, stream);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
            {
                // Standard output closed or unusable: the console's writer says so when written to, as it always did.
                return new StandardOutput(Console.Out, null);
            }
        }
    }
}
