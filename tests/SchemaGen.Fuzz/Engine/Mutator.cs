using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;

namespace SchemaGen.Fuzz
{
    /// <summary>
    /// The built-in mutator: afl-style byte mutations (bit flips, interesting bytes, deletions, duplications, dictionary
    /// tokens, splices with another seed, long repeats for nesting and size), stacked; inside a zip (a .docx) it mutates
    /// one entry and zips again, so the XML is fuzzed rather than the container's checksums. Deterministic for a seed.
    /// </summary>
    public sealed class Mutator
    {
        private static readonly byte[] Interesting =
        {
            0, 0xFF, 0x7F, 0x80, 0xC0, 0xE0, 0xEF, 0xBB, 0xBF, (byte)'\n', (byte)'\r', (byte)'\t', (byte)' ', (byte)'|', (byte)'0', (byte)'1', (byte)'9',
            (byte)'-', (byte)'.', (byte)'<', (byte)'>', (byte)'/', (byte)'"', (byte)'[', (byte)']', (byte)'{', (byte)'}', (byte)':', (byte)'&', (byte)'%',
        };

        private readonly Random _random;
        private readonly IReadOnlyList<byte[]> _dictionary;
        private readonly IReadOnlyList<Seed> _seeds;
        private readonly int _maxBytes;

        public Mutator(int seed, IReadOnlyList<Seed> seeds, IReadOnlyList<byte[]> dictionary, int maxBytes)
        {
            _random = new Random(seed);
            _seeds = seeds;
            _dictionary = dictionary;
            _maxBytes = maxBytes;
        }

        /// <summary>A new input: a seed, mutated one to eight times.</summary>
        public byte[] Next()
        {
            byte[] seed = _seeds[_random.Next(_seeds.Count)].Bytes;
            if (IsZip(seed) && _random.Next(4) != 0)
            {
                byte[]? inside = MutateZipEntry(seed);
                if (inside is not null) return inside;
            }
            return Mutate(seed);
        }

        private byte[] Mutate(byte[] input)
        {
            var data = new List<byte>(input);
            int rounds = 1 << _random.Next(4);
            for (int i = 0; i < rounds; i++) MutateOnce(data);
            if (data.Count > _maxBytes) data.RemoveRange(_maxBytes, data.Count - _maxBytes);
            return data.ToArray();
        }

        private void MutateOnce(List<byte> data)
        {
            // An empty input can only grow: a token, a figure or another seed's tail.
            int op = data.Count == 0 ? new[] { 3, 8, 10 }[_random.Next(3)] : _random.Next(13);
            switch (op)
            {
                case 0: // flip a bit
                    { int at = _random.Next(data.Count); data[at] ^= (byte)(1 << _random.Next(8)); break; }
                case 1: // a random byte
                    data[_random.Next(data.Count)] = (byte)_random.Next(256); break;
                case 2: // an interesting byte
                    data[_random.Next(data.Count)] = Interesting[_random.Next(Interesting.Length)]; break;
                case 3: // insert a dictionary token
                case 4:
                    data.InsertRange(_random.Next(data.Count + 1), Token()); break;
                case 5: // overwrite with a dictionary token
                    {
                        byte[] token = Token();
                        int at = _random.Next(data.Count);
                        for (int i = 0; i < token.Length && at + i < data.Count; i++) data[at + i] = token[i];
                        break;
                    }
                case 6: // delete a range
                    { int at = _random.Next(data.Count); data.RemoveRange(at, Math.Min(data.Count - at, Length(data.Count))); break; }
                case 7: // duplicate a range elsewhere
                    {
                        int at = _random.Next(data.Count);
                        byte[] chunk = data.GetRange(at, Math.Min(data.Count - at, Length(data.Count))).ToArray();
                        data.InsertRange(_random.Next(data.Count + 1), chunk);
                        break;
                    }
                case 8: // splice: the tail of another seed
                    {
                        byte[] other = _seeds[_random.Next(_seeds.Count)].Bytes;
                        if (other.Length == 0) break;
                        int cut = _random.Next(data.Count + 1), from = _random.Next(other.Length);
                        data.RemoveRange(cut, data.Count - cut);
                        data.AddRange(other.Skip(from).Take(Math.Max(1, _maxBytes - cut)));
                        break;
                    }
                case 9: // truncate
                    { int keep = _random.Next(data.Count); data.RemoveRange(keep, data.Count - keep); break; }
                case 10: // a run of digits (a figure), maybe very long
                    {
                        int count = _random.Next(4) == 0 ? _random.Next(20, 60) : _random.Next(1, 8);
                        var digits = new byte[count];
                        for (int i = 0; i < count; i++) digits[i] = (byte)('0' + _random.Next(10));
                        data.InsertRange(_random.Next(data.Count + 1), digits);
                        break;
                    }
                case 11: // a token or a range repeated many times: nesting, long lines, many rows
                    {
                        int from = _random.Next(data.Count);
                        byte[] unit = _random.Next(2) == 0 ? Token() : data.GetRange(from, 1 + _random.Next(Math.Min(16, data.Count - from))).ToArray();
                        int times = _random.Next(3) == 0 ? _random.Next(1000, 20000) : _random.Next(2, 200);
                        times = Math.Min(times, Math.Max(1, (_maxBytes - data.Count) / Math.Max(1, unit.Length)));
                        var repeated = new byte[unit.Length * times];
                        for (int i = 0; i < times; i++) Buffer.BlockCopy(unit, 0, repeated, i * unit.Length, unit.Length);
                        data.InsertRange(_random.Next(data.Count + 1), repeated);
                        break;
                    }
                default: // swap two lines
                    {
                        var lines = Split(data);
                        if (lines.Count < 2) break;
                        int a = _random.Next(lines.Count), b = _random.Next(lines.Count);
                        (lines[a], lines[b]) = (lines[b], lines[a]);
                        data.Clear();
                        for (int i = 0; i < lines.Count; i++)
                        {
                            if (i > 0) data.Add((byte)'\n');
                            data.AddRange(lines[i]);
                        }
                        break;
                    }
            }
        }

        private byte[] Token()
            => _dictionary.Count > 0 && _random.Next(4) != 0 ? _dictionary[_random.Next(_dictionary.Count)] : new[] { Interesting[_random.Next(Interesting.Length)] };

        private int Length(int size) => 1 + _random.Next(_random.Next(3) == 0 ? Math.Max(1, size / 4) : Math.Min(32, size));

        private static List<List<byte>> Split(List<byte> data)
        {
            var lines = new List<List<byte>> { new List<byte>() };
            foreach (byte b in data)
            {
                if (b == (byte)'\n') lines.Add(new List<byte>());
                else lines[^1].Add(b);
            }
            return lines;
        }

        private static bool IsZip(byte[] data) => data.Length > 4 && data[0] == 'P' && data[1] == 'K' && data[2] == 3 && data[3] == 4;

        /// <summary>The zip with one entry (the main document part more often than not) mutated, or null when it does not open.</summary>
        private byte[]? MutateZipEntry(byte[] zip)
        {
            try
            {
                var entries = new List<(string Name, byte[] Data)>();
                using (var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read))
                    foreach (ZipArchiveEntry entry in archive.Entries)
                    {
                        using var stream = entry.Open();
                        using var buffer = new MemoryStream();
                        stream.CopyTo(buffer);
                        entries.Add((entry.FullName, buffer.ToArray()));
                    }
                if (entries.Count == 0) return null;
                int main = entries.FindIndex(e => e.Name == "word/document.xml");
                int pick = main >= 0 && _random.Next(3) != 0 ? main : _random.Next(entries.Count);
                entries[pick] = (entries[pick].Name, Mutate(entries[pick].Data));
                using var output = new MemoryStream();
                using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
                    foreach (var (name, data) in entries)
                    {
                        ZipArchiveEntry entry = archive.CreateEntry(name, CompressionLevel.Fastest);
                        entry.LastWriteTime = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
                        using var stream = entry.Open();
                        stream.Write(data, 0, data.Length);
                    }
                return output.ToArray();
            }
            catch (Exception ex) when (ex is InvalidDataException || ex is IOException || ex is NotSupportedException)
            {
                return null;
            }
        }
    }
}
