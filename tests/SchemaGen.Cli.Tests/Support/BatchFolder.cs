using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace SchemaGen.Cli.Tests.Support
{
    /// <summary>Folders of inputs for batch runs: real reports and the inputs that break batches.</summary>
    internal static class BatchFolder
    {
        /// <summary>Whether this system has FIFOs (named pipes in the file system); Windows has none.</summary>
        public static bool HasFifos => !OperatingSystem.IsWindows();

        public static void MakeFifo(string path)
        {
            using Process mkfifo = Process.Start(new ProcessStartInfo("mkfifo") { ArgumentList = { path }, UseShellExecute = false })!;
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        /// <summary>A file of <paramref name="bytes"/> that takes no disk space where the file system allows (a hole).</summary>
        public static void MakeSparse(string path, long bytes)
        {
            using var stream = new FileStream(path, FileMode.CreateNew);
            stream.SetLength(bytes);
        }

        /// <summary>
        /// A report that takes the reader seconds: a table 三 laid out one cell per line, repeated 400,000 times (about
        /// 20 MB). Real reports take milliseconds; this one stands for the slow or stuck input a batch must outlast.
        /// </summary>
        public static string MakeSlowReport(string path)
        {
            var text = new StringBuilder("三、收到和处理政府信息公开申请情况\n自然人\n");
            for (int i = 0; i < 400_000; i++) text.Append("一、本年新收政府信息公开申请数量\n1\n2\n\n");
            File.WriteAllText(path, text.ToString());
            return path;
        }

        /// <summary>The seeds' files, cycled, copied as NNNN-seed.txt from <paramref name="first"/> on.</summary>
        public static List<string> CopySeeds(string folder, int first, int count)
        {
            string[] seeds = Enumerable.Range(0, 5).Select(i => Repo.Seed("00" + i)).ToArray();
            var paths = new List<string>();
            for (int i = first; i < first + count; i++)
            {
                string path = Path.Combine(folder, i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) + "-seed.txt");
                File.Copy(seeds[i % seeds.Length], path);
                paths.Add(path);
            }
            return paths;
        }
    }
}
