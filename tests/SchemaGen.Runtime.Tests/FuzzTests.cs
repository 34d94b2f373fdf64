using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Reading;
using Xunit;

namespace SchemaGen.Runtime.Tests
{
    /// <summary>
    /// The reader must never throw. Random texts built from the characters that matter to it, and the seed
    /// reports mutated line by line and character by character, all with a fixed seed so a failure repeats.
    /// </summary>
    public class FuzzTests
    {
        private const string Alphabet = "0123456789０１２３４５６７８９.-—/|｜ 　\u00A0\t\r\n、，,.:：()（）“”\"一二三四五六七八九十总计其他规章无空第条项年度申请公开结转維持總計\uD800\uDC00\uDFFF①⑴";

        private static readonly SchemaDescriptor[] Schemas = { TestSchemas.V2019, TestSchemas.V2021 };

        [Fact]
        public void Random_texts_never_throw()
        {
            var random = new Random(20210929);
            for (int i = 0; i < 1500; i++)
            {
                var builder = new StringBuilder();
                int length = random.Next(0, 400);
                for (int k = 0; k < length; k++)
                {
                    if (random.Next(12) == 0) builder.Append(Fragments[random.Next(Fragments.Length)]);
                    else builder.Append(Alphabet[random.Next(Alphabet.Length)]);
                }
                ReadAndCheck(builder.ToString(), Schemas[i % 2]);
            }
        }

        [Fact]
        public void Mutated_seeds_never_throw()
        {
            var random = new Random(20190601);
            string[] seeds = TestSchemas.AllSeeds();
            for (int i = 0; i < 1500; i++)
            {
                List<string> lines = seeds[random.Next(seeds.Length)].Split('\n').ToList();
                int mutations = random.Next(1, 12);
                for (int m = 0; m < mutations && lines.Count > 0; m++) Mutate(lines, random);
                ReadAndCheck(string.Join(random.Next(3) == 0 ? "\r\n" : "\n", lines), Schemas[random.Next(2)]);
            }
        }

        private static readonly string[] Fragments =
        {
            "二、主动公开政府信息情况\n", "三、收到和处理政府信息公开申请情况\n", "四、政府信息公开行政复议、行政诉讼情况\n",
            "第二十条第(一)项\n", "第二十条第（九）项 | ||\n", "一、本年新收政府信息公开申请数量 | ", "(三)不予公开 | 1.属于国家秘密 | ",
            "(七)总计", "四、结转下年度继续办理", "\n\n\n", " | | | |", "行政复议 | 行政诉讼\n", "信息内容", "申请人情况", "99999999999999999999999999999.5",
        };

        private static void Mutate(List<string> lines, Random random)
        {
            int at = random.Next(lines.Count);
            string line = lines[at];
            switch (random.Next(9))
            {
                case 0: lines.RemoveAt(at); break;
                case 1: lines.Insert(at, line); break;
                case 2: lines.Insert(at, ""); break;
                case 3: lines[at] = line.Length == 0 ? line : line.Substring(0, random.Next(line.Length)); break;
                case 4: lines[at] = line.Replace(" | ", random.Next(2) == 0 ? "|" : " | | "); break;
                case 5: lines[at] = Replace(line, random, Alphabet[random.Next(Alphabet.Length)]); break;
                case 6: lines[at] = line + Fragments[random.Next(Fragments.Length)]; break;
                case 7:
                    int other = random.Next(lines.Count);
                    (lines[at], lines[other]) = (lines[other], lines[at]);
                    break;
                default: lines[at] = new string(line.Reverse().ToArray()); break;
            }
        }

        private static string Replace(string line, Random random, char c)
        {
            if (line.Length == 0) return c.ToString();
            char[] chars = line.ToCharArray();
            chars[random.Next(chars.Length)] = c;
            return new string(chars);
        }

        private static void ReadAndCheck(string text, SchemaDescriptor schema)
        {
            ReportReading reading = ReportTextReader.Read(text, schema);
            Assert.DoesNotContain(reading.Diagnostics, d => d.Id == ReadDiagnosticIds.ReaderFailure);
            Assert.Equal(schema.Sections.Count, reading.Sections.Count);
            Assert.Equal(schema.Tables.Count, reading.Tables.Count);
            foreach (TableReading table in reading.Tables)
            {
                Assert.Equal(table.Presence == TablePresence.Missing, table.FirstLine == 0);
                if (table.Presence != TablePresence.Present) Assert.Equal(0, table.FigureCount);
            }
        }
    }
}
