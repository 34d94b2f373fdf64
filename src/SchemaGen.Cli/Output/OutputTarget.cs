using System;
using System.IO;
using System.Text;

namespace SchemaGen.Cli.Output
{
    /// <summary>
    /// Where a command writes: standard output, or the file given with --output. A file is written under a temporary
    /// name beside it and renamed into place only when the output is complete (also after an interrupt, when it is
    /// closed properly), so the named file never holds a partial document: it is the old file or the new one.
    /// </summary>
    public sealed class OutputTarget : IDisposable
    {
        /// <summary>The buffer of an output file and of standard output (<see cref="StandardOutput"/>).</summary>
        internal const int BufferSize = 64 * 1024;

        private readonly string? _path;
        private readonly string? _temporaryPath;
        private bool _committed;

        private OutputTarget(TextWriter writer, Stream? utf8Bytes, string? path, string? temporaryPath)
        {
            Writer = writer;
            Utf8Bytes = utf8Bytes;
            _path = path;
            _temporaryPath = temporaryPath;
        }

        public TextWriter Writer { get; }

        /// <summary>
        /// The stream <see cref="Writer"/> writes to, when it encodes UTF-8 without a byte-order mark: output written as UTF-8
        /// bytes (JSON) goes there directly, after <see cref="Writer"/> is flushed, instead of being decoded into text for the
        /// writer to encode back. Null when unknown (the caller's writer) or when standard output takes another encoding.
        /// </summary>
        public Stream? Utf8Bytes { get; }

        /// <summary>The file's stream, for binary output (Parquet); null when writing to standard output.</summary>
        public Stream? FileStream => _path is null ? null : Utf8Bytes;

        /// <param name="standardOutputBytes">The stream <paramref name="standardOutput"/> writes UTF-8 to (see <see cref="Utf8Bytes"/>), if known.</param>
        public static OutputTarget Open(string? path, TextWriter standardOutput, Stream? standardOutputBytes = null)
        {
            if (path is null) return new OutputTarget(standardOutput, standardOutputBytes, null, null);
            string full = Path.GetFullPath(path);
            string temporary = Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N") + ".tmp");
            // Buffers of the size standard output has (StandardOutput): the outputs flush after each file, so a file's result
            // is one write call, where the default sizes made a write for every 4 KiB (15 for a report's HTML).
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.Read, BufferSize);
            return new OutputTarget(new StreamWriter(stream, new UTF8Encoding(false), BufferSize), stream, full, temporary);
        }

        /// <summary>The output is complete: put the file in place.</summary>
        public void Commit()
        {
            Writer.Flush();
            if (_path is null || _committed) return;
            Writer.Dispose();
            File.Move(_temporaryPath!, _path, overwrite: true);
            _committed = true;
        }

        /// <summary>Without <see cref="Commit"/> (the command failed), the temporary file is removed and the named file left as it was.</summary>
        public void Dispose()
        {
            if (_path is null || _committed) return;
            Writer.Dispose();
            try
            {
                File.Delete(_temporaryPath!);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
