using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SchemaGen.Analyzers.Figures
{
    /// <summary>
    /// What the analyzer knows about one cell at one point of the code: nothing (<see cref="IsKnown"/> false), or
    /// its value — null meaning blank ("not stated"), as in the generated model — and the expression that gave it.
    /// </summary>
    public readonly struct CellValue
    {
        private CellValue(bool isKnown, decimal? value, SyntaxNode? source, bool isDecimal)
        {
            IsKnown = isKnown;
            Value = value;
            Source = source;
            IsDecimal = isDecimal;
        }

        public static CellValue Unknown => default;

        /// <summary>Blank because nothing set it: a fresh generated model starts with every cell blank.</summary>
        public static CellValue Blank => new(true, null, null, false);

        public bool IsKnown { get; }

        public decimal? Value { get; }

        /// <summary>The expression that set the value, when one did.</summary>
        public SyntaxNode? Source { get; }

        /// <summary>Whether the cell is a decimal (so a replacement literal needs the m suffix).</summary>
        public bool IsDecimal { get; }

        /// <summary>
        /// The value of an expression assigned to a cell when it is a compile-time constant (null and default
        /// included); otherwise <see cref="Unknown"/>. Folded constants win over unwrapping, so (int)1.7 is 1.
        /// </summary>
        public static CellValue Of(IOperation value, ITypeSymbol? cellType)
        {
            bool isDecimal = IsDecimalType(cellType);
            for (IOperation? current = value; current is not null;)
            {
                if (current.ConstantValue.HasValue)
                {
                    object? constant = current.ConstantValue.Value;
                    if (constant is null) return new CellValue(true, null, value.Syntax, isDecimal);
                    decimal? number = ToDecimal(constant);
                    return number is null ? Unknown : new CellValue(true, number, value.Syntax, isDecimal);
                }
                if (current is IDefaultValueOperation)
                    return IsNullable(current.Type) ? new CellValue(true, null, value.Syntax, isDecimal) : new CellValue(true, 0m, value.Syntax, isDecimal);
                current = current is IConversionOperation { Conversion.IsUserDefined: false } conversion ? conversion.Operand : null;
            }
            return Unknown;
        }

        public static bool IsDecimalType(ITypeSymbol? type)
        {
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
                type = nullable.TypeArguments[0];
            return type?.SpecialType == SpecialType.System_Decimal;
        }

        private static bool IsNullable(ITypeSymbol? type)
            => type is { IsReferenceType: true } || type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T };

        private static decimal? ToDecimal(object constant)
        {
            try
            {
                return constant switch
                {
                    int or long or short or sbyte or byte or ushort or uint or ulong or decimal => Convert.ToDecimal(constant, CultureInfo.InvariantCulture),
                    double d when !double.IsNaN(d) && !double.IsInfinity(d) => (decimal)d,
                    float f when !float.IsNaN(f) && !float.IsInfinity(f) => (decimal)f,
                    _ => null,
                };
            }
            catch (OverflowException)
            {
                return null;
            }
        }

        /// <summary>A figure as the messages print it: invariant culture, no trailing zeros.</summary>
        public static string Format(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

        /// <summary>A C# literal for the value in a cell of this kind: 17 or 17.5m.</summary>
        public static string Literal(decimal value, bool isDecimal) => Format(value) + (isDecimal ? "m" : "");
    }
}
