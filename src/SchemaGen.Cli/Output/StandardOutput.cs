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
                Stream stream = new GuardedStream(Console.OpenStandardOutput());
                // Synchronized, as the console's writer is: output goes from one thread, but nothing here promises it.
                var writer = TextWriter.Synchronized(new StreamWriter(stream, new UTF8Encoding(false), OutputTarget.BufferSize) { AutoFlush = false });
                return new StandardOutput(writer, stream);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
            {
                return new StandardOutput(Console.Out, null);
            }
        }

        /// <summary>
        /// The console's stream, its write failures said as what they are: standard output closed (`schemagen … >&-`)
        /// fails each write with the runtime's "Access to the path is denied".
        /// </summary>
        private sealed class GuardedStream : Stream
        {
            private readonly Stream _inner;

            public GuardedStream(Stream inner) => _inner = inner;

            public override bool CanRead => false;
            public override bool CanSeek => false;
            public override bool CanWrite => true;
            public override long Length => throw new NotSupportedException();
            public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

            public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

            public override void Write(ReadOnlySpan<byte> buffer)
            {
                try
                {
                    _inner.Write(buffer);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    throw new OutputUnavailableException(ex);
                }
            }

            public override void Flush()
            {
                try
                {
                    _inner.Flush();
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    throw new OutputUnavailableException(ex);
                }
            }

            public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
            public override void SetLength(long value) => throw new NotSupportedException();
        }
    }

    /// <summary>Standard output cannot be written (closed, or its reader gone in a way the console does not pass over).</summary>
    public sealed class OutputUnavailableException : IOException
    {
        public OutputUnavailableException(Exception cause)
            : base($"cannot write to standard output ({(cause.InnerException ?? cause).Message}); --output FILE writes to a file instead", cause)
        {
        }
    }
}
