namespace SchemaGen.Corpus.Layout
{
    /// <summary>
    /// The Simplified → Traditional table behind <see cref="TraditionalScript"/>: position i of <see cref="Simplified"/> maps to
    /// position i of <see cref="Traditional"/>, and <see cref="Phrases"/> lists the words whose character depends on the word.
    /// </summary>
    /// <remarks>
    /// Written by TraditionalScriptTable.gen.js (next to this file) with the npm package opencc-js 1.4.2, converter cn → tw (the
    /// character forms mainland sites' 繁體 pages show: 為, 臺), over every CJK run of the corpus sources and the schema YAML.
    /// Rerun it after adding words with new characters; nothing at build or test time depends on npm.
    /// </remarks>
    internal static class TraditionalScriptTable
    {
        public const string Simplified =
            "万与专业东两严丰临为举义乌乐习乡书于从仓们众优会体党关兴内军农决况准减划则办务动区医华单占卫厅县发台号后员围国图场坚处备" +
            "复够宁实审对导将层属岭并广应废开强当录彻态总户执扩护报据数断无时机权条极构标栏检残没泄温游点狮环现电畅疗监码确碍积称稳简" +
            "类粤纠级纳线组细织绍经结统继绩续维缴网罚联苏范获补规视觉计认训议许讼设访评识诉试询请诸读调财责质购贯费资赣转载输过运还这" +
            "进适采铜镇门闭问阳阴页项频题额馈";

        public const string Traditional =
            "萬與專業東兩嚴豐臨為舉義烏樂習鄉書於從倉們眾優會體黨關興內軍農決況準減劃則辦務動區醫華單佔衛廳縣發臺號後員圍國圖場堅處備" +
            "復夠寧實審對導將層屬嶺並廣應廢開強當錄徹態總戶執擴護報據數斷無時機權條極構標欄檢殘沒洩溫遊點獅環現電暢療監碼確礙積稱穩簡" +
            "類粵糾級納線組細織紹經結統繼績續維繳網罰聯蘇範獲補規視覺計認訓議許訟設訪評識訴試詢請諸讀調財責質購貫費資贛轉載輸過運還這" +
            "進適採銅鎮門閉問陽陰頁項頻題額饋";

        public static readonly (string Simplified, string Traditional)[] Phrases =
        {
            ("公布", "公佈"),
            ("关系", "關係"),
            ("制作", "製作"),
            ("反复", "反覆"),
            ("发布", "發佈"),
            ("复文", "覆文"),
            ("复议", "複議"),
            ("扎实", "紮實"),
            ("答复", "答覆"),
            ("系为", "係為"),
            ("联系", "聯繫"),
            ("重复", "重複"),
        };
    }
}
