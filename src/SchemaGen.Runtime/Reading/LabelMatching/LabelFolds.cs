using System;

namespace SchemaGen.Runtime.Reading.LabelMatching
{
    /// <summary>Which folds changed a text on its way to its match key: what a note can say was read through.</summary>
    [Flags]
    public enum LabelFolds
    {
        None = 0,
        /// <summary>Full-width or other compatibility forms (NFKC): （一） for (一), １ for 1.</summary>
        Width = 1,
        /// <summary>Traditional characters read as Simplified: 規範 for 规范.</summary>
        TraditionalScript = 2,
        /// <summary>Taiwan/Hong Kong wording read as the mainland word: 檔案 for 文件, 資訊 for 信息; 其它 for 其他.</summary>
        VariantWords = 4,
        /// <summary>Characters OCR confuses read as the label's: 沭/沐, 己/巳/已, 末/未, 入/人, 〇/O/0, l/I/丨/1.</summary>
        OcrConfusables = 8,
        /// <summary>A leading item number (一、 （三） 1.) was set aside.</summary>
        Numbering = 16,
    }
}
