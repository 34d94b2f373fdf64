using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;

namespace SchemaGen.Cli.Checking
{
    /// <summary>What a path names, found without opening it.</summary>
    public enum FileNature { RegularFile, Missing, Directory, Fifo, CharacterDevice, BlockDevice, Socket, Other, Inaccessible }

    /// <summary>A path's nature and, for a regular file, its size (of the final target when the path is a symbolic link).</summary>
    public readonly record struct FileFacts(FileNature Nature, long Size, string? Problem)
    {
        public bool IsRegularFile => Nature == FileNature.RegularFile;
    }

    /// <summary>
    /// Tells what a path is without opening it. Opening a FIFO for reading blocks until a writer comes, and a device can
    /// stream forever, so a batch must know a path is a regular file before it reads it. .NET has no public API for the
    /// Unix file type (FileInfo.Attributes says Normal for FIFOs, sockets and devices alike), so on Linux it asks the
    /// kernel with statx(2), whose buffer layout is the same on every architecture; on other Unix systems it uses the
    /// stat shim that ships with every .NET runtime (libSystem.Native), reading only the leading mode field; on Windows
    /// the attributes, which do mark devices. Symbolic links are followed: a link to a FIFO is a FIFO.
    /// </summary>
    public static class FileProbe
    {
        private const int AtCurrentDirectory = -100;
        private const uint StatxType = 0x1;
        private const uint StatxSize = 0x200;
        private const int NoSuchFile = 2;          // ENOENT
        private const int NotADirectory = 20;      // ENOTDIR: a path through a file ("a.txt/b")

        // The S_IFMT file-type bits: the same values in Linux's statx and in the .NET shim's mode field.
        private const int TypeMask = 0xF000;
        private const int TypeFifo = 0x1000;
        private const int TypeCharacterDevice = 0x2000;
        private const int TypeDirectory = 0x4000;
        private const int TypeBlockDevice = 0x6000;
        private const int TypeRegular = 0x8000;
        private const int TypeSocket = 0xC000;

        public static FileFacts Probe(string path)
        {
            if (string.IsNullOrEmpty(path)) return new FileFacts(FileNature.Missing, 0, "no such file");
            if (OperatingSystem.IsWindows()) return ProbeByAttributes(path);
            if (OperatingSystem.IsLinux() && TryNative(() => ProbeWithStatx(path), out FileFacts facts)) return facts;
            if (TryNative(() => ProbeWithRuntimeShim(path), out facts)) return facts;
            // No way to tell the file type here: fall back to what .NET tells. A FIFO then blocks its read, and the
            // per-file time budget is what ends it.
            return ProbeByAttributes(path);
        }

        /// <summary>Runs a native probe; false when the C library or the runtime shim lacks the entry point (an old glibc, musl, a trimmed runtime).</summary>
        private static bool TryNative(Func<FileFacts> probe, out FileFacts facts)
        {
            try
            {
                facts = probe();
                return true;
            }
            catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException or MarshalDirectiveException)
            {
                facts = default;
                return false;
            }
        }

        private static FileFacts ProbeWithStatx(string path)
        {
            int result = Statx(AtCurrentDirectory, NullTerminatedUtf8(path), 0, StatxType | StatxSize, out StatxBuffer buffer);
            if (result != 0) return FromError(Marshal.GetLastPInvokeError());
            return FromMode(buffer.Mode, (long)buffer.Size);
        }

        private static FileFacts ProbeWithRuntimeShim(string path)
        {
            int result = RuntimeStat(NullTerminatedUtf8(path), out RuntimeFileStatus status);
            if (result != 0) return FromError(Marshal.GetLastPInvokeError());
            return FromMode(status.Mode, status.Size);
        }

        private static FileFacts ProbeByAttributes(string path)
        {
            try
            {
                if (Directory.Exists(path)) return new FileFacts(FileNature.Directory, 0, "is a directory, not a file");
                if (!File.Exists(path)) return new FileFacts(FileNature.Missing, 0, "no such file");
                var info = new FileInfo(ResolveFinalTarget(path));
                if ((info.Attributes & FileAttributes.Device) != 0) return Special(FileNature.CharacterDevice);
                return new FileFacts(FileNature.RegularFile, info.Length, null);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return new FileFacts(FileNature.Inaccessible, 0, "cannot be read: " + ex.Message);
            }
        }

        /// <summary>The file a path finally names (a relative link is resolved against the link's own folder, hence the full path first).</summary>
        private static string ResolveFinalTarget(string path)
        {
            string full = Path.GetFullPath(path);
            return File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
        }

        private static FileFacts FromMode(int mode, long size) => (mode & TypeMask) switch
        {
            TypeRegular => new FileFacts(FileNature.RegularFile, size, null),
            TypeDirectory => new FileFacts(FileNature.Directory, 0, "is a directory, not a file"),
            TypeFifo => Special(FileNature.Fifo),
            TypeCharacterDevice => Special(FileNature.CharacterDevice),
            TypeBlockDevice => Special(FileNature.BlockDevice),
            TypeSocket => Special(FileNature.Socket),
            _ => Special(FileNature.Other),
        };

        private static FileFacts Special(FileNature nature)
        {
            string what = nature switch
            {
                FileNature.Fifo => "a FIFO (named pipe)",
                FileNature.CharacterDevice => "a character device",
                FileNature.BlockDevice => "a block device",
                FileNature.Socket => "a socket",
                _ => "not a regular file",
            };
            return new FileFacts(nature, 0, $"is {what}, not a regular file; it was not opened");
        }

        private static FileFacts FromError(int errno) => errno switch
        {
            NoSuchFile or NotADirectory => new FileFacts(FileNature.Missing, 0, "no such file"),
            _ => new FileFacts(FileNature.Inaccessible, 0, "cannot be read: " + new System.ComponentModel.Win32Exception(errno).Message),
        };

        private static byte[] NullTerminatedUtf8(string path)
        {
            byte[] bytes = new byte[Encoding.UTF8.GetByteCount(path) + 1];
            Encoding.UTF8.GetBytes(path, 0, path.Length, bytes, 0);
            return bytes;
        }

        /// <summary>struct statx (linux/stat.h): 256 bytes, the same layout on every architecture; only the mode and the size are read.</summary>
        [StructLayout(LayoutKind.Explicit, Size = 256)]
        private struct StatxBuffer
        {
            [FieldOffset(0x1C)] public ushort Mode;
            [FieldOffset(0x28)] public ulong Size;
        }

        /// <summary>
        /// The .NET runtime's FileStatus: int32 Flags, int32 Mode, uint32 Uid, uint32 Gid, int64 Size lead it in every
        /// runtime since .NET Core 2.0; only those are read, and the buffer is sized far past the fields that follow.
        /// </summary>
        [StructLayout(LayoutKind.Explicit, Size = 512)]
        private struct RuntimeFileStatus
        {
            [FieldOffset(4)] public int Mode;
            [FieldOffset(16)] public long Size;
        }

        [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
        private static extern int Statx(int directory, byte[] path, int flags, uint mask, out StatxBuffer buffer);

        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
        private static extern int RuntimeStat(byte[] path, out RuntimeFileStatus status);
    }
}
