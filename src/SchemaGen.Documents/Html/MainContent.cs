using System;
using System.Collections.Generic;
using System.Linq;
using AngleSharp.Dom;

namespace SchemaGen.Documents.Html
{
    /// <summary>
    /// Finds the page's main content, when it has an obvious container, and drops the navigation that the markup did not
    /// name as such (link lists, breadcrumbs and site notices in unnamed divs and layout-table cells) around it.
    /// </summary>
    /// <remarks>
    /// The container is the deepest element that holds every data table and nine tenths of the prose (paragraphs of
    /// at least <see cref="ProseCharacters"/> characters outside links, written in sentences). Inside it everything is
    /// kept. Outside it, text blocks are kept too unless they are mostly links, or short and carrying a phrase that only
    /// government-site chrome carries (版权所有, 网站标识码, ICP备…): the report's title and date line, usually above the
    /// container, stay. When the container would be the body, nothing is dropped.
    /// </remarks>
    internal static class MainContent
    {
        public const int ProseCharacters = 40;

        /// <summary>Outside the main content, a block this short with a chrome phrase is chrome.</summary>
        public const int ChromeNoticeMaxLength = 200;

        private const double ProseShare = 0.9;

        private static readonly string[] ChromePhrases =
        {
            "版权所有", "Copyright", "©", "ICP备", "ICP证", "公网安备", "网站标识码", "主办单位", "承办单位", "技术支持", "网站地图",
            "联系我们", "当前位置", "您现在的位置", "您的位置", "打印本页", "关闭窗口", "分享到", "扫一扫", "【大 中 小】", "字号：",
        };

        /// <summary>The main content's container, or null when the page has none narrower than its body.</summary>
        public static IElement? Find(IReadOnlyList<WalkedBlock> blocks, IElement body)
        {
            var anchors = blocks.Where(b => b.IsDataTable || IsProse(b)).ToList();
            if (anchors.Count == 0) return null;
            int tables = anchors.Count(a => a.IsDataTable);
            long prose = anchors.Where(a => !a.IsDataTable).Sum(a => (long)Weight(a));
            // What each ancestor holds of the anchors.
            var heldTables = new Dictionary<IElement, int>();
            var heldProse = new Dictionary<IElement, long>();
            foreach (WalkedBlock anchor in anchors)
            {
                for (IElement? e = anchor.Owner; e is not null; e = e.ParentElement)
                {
                    if (anchor.IsDataTable) heldTables[e] = heldTables.GetValueOrDefault(e) + 1;
                    else heldProse[e] = heldProse.GetValueOrDefault(e) + Weight(anchor);
                    if (e == body) break;
                }
            }
            WalkedBlock start = anchors.FirstOrDefault(a => a.IsDataTable) ?? anchors.OrderByDescending(Weight).First();
            for (IElement? e = start.Owner; e is not null && e != body; e = e.ParentElement)
            {
                if (heldTables.GetValueOrDefault(e) == tables && heldProse.GetValueOrDefault(e) >= ProseShare * prose) return e;
            }
            return null;
        }

        /// <summary>
        /// The blocks to keep: all of them inside <paramref name="container"/> (or all when it is null); outside it, those
        /// that are not chrome: mostly links themselves, inside a region that is mostly links (a menu's title beside its
        /// entries), or a short site notice.
        /// </summary>
        public static List<WalkedBlock> Keep(IReadOnlyList<WalkedBlock> blocks, IElement? container, PageStatistics statistics, out int dropped)
        {
            dropped = 0;
            if (container is null) return blocks.ToList();
            // The container and its ancestors: walking up from a block, the first of them met tells inside from outside.
            var containerLine = new HashSet<IElement>();
            for (IElement? e = container; e is not null; e = e.ParentElement) containerLine.Add(e);
            var kept = new List<WalkedBlock>(blocks.Count);
            foreach (WalkedBlock block in blocks)
            {
                bool inside = false, inLinkRegion = false;
                for (IElement? e = block.Owner; e is not null; e = e.ParentElement)
                {
                    if (e == container)
                    {
                        inside = true;
                        break;
                    }
                    if (containerLine.Contains(e)) break;
                    inLinkRegion |= statistics[e].IsLinkDense;
                }
                if (!inside && !block.IsDataTable && (block.IsLinkDense || inLinkRegion || IsChromeNotice(block)))
                {
                    dropped++;
                    continue;
                }
                kept.Add(block);
            }
            return kept;
        }

        private static bool IsProse(WalkedBlock block)
            => !block.IsDataTable && Weight(block) >= ProseCharacters && block.Block.ToString()!.IndexOfAny(new[] { '。', '，', '；' }) >= 0;

        private static int Weight(WalkedBlock block) => block.Characters - block.LinkCharacters;

        private static bool IsChromeNotice(WalkedBlock block)
        {
            string text = block.Block.ToString() ?? "";
            return text.Length <= ChromeNoticeMaxLength && ChromePhrases.Any(p => text.Contains(p, StringComparison.Ordinal));
        }
    }
}
