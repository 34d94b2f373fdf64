using System;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SchemaGen.Analyzers.Catalog;
using SchemaGen.Analyzers.Symbols;
using SchemaGen.Schema.Model;

namespace SchemaGen.Analyzers.Figures
{
    /// <summary>
    /// Reads the figures an object creation, a with-expression or a nested member initializer puts into a model
    /// of a schema table. Conservative by construction: a fresh generated object starts blank (its generated
    /// defaults are blank rows), anything else starts unknown, any value that is not a constant is unknown, and
    /// an initializer that sets a member the schema does not know (which might set cells itself) gives up.
    /// </summary>
    public sealed class InitializerReader
    {
        private readonly SchemaTypeMap _map;
        private readonly CatalogTable _table;
        private readonly FigureSnapshot _snapshot;
        private readonly CancellationToken _cancellationToken;
        private bool _gaveUp;

        private InitializerReader(SchemaTypeMap map, CatalogTable table, FigureSnapshot snapshot, CancellationToken cancellationToken)
        {
            _map = map;
            _table = table;
            _snapshot = snapshot;
            _cancellationToken = cancellationToken;
        }

        /// <summary>The part of a table that an initializer fills: a row (path "" when unknown) or a group ("" = the table).</summary>
        private readonly struct Scope
        {
            public Scope(bool isRow, string path)
            {
                IsRow = isRow;
                Path = path;
            }

            public bool IsRow { get; }
            public string Path { get; }

            public static Scope Of(AxisNode row) => new(row.IsLeaf, row.Path);

            public static Scope Of(MappedType type) => new(type.Kind == MirrorKind.Row, type.GroupPath);
        }

        /// <summary>
        /// Whether an operation is nested in the initializer of a mapped table or group, so the reading that starts
        /// at that outer object already covers it (and knows which row it fills).
        /// </summary>
        public static bool IsCoveredByOuterInitializer(IOperation operation, SchemaTypeMap map)
        {
            IOperation? parent = operation.Parent;
            while (parent is IConversionOperation) parent = parent.Parent;
            IPropertyReferenceOperation? member = parent switch
            {
                ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } => target,
                IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation target } => target,
                _ => null,
            };
            return member is { Instance: IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } }
                   && map.Get(member.Property.ContainingType) is { IsContainer: true };
        }

        /// <summary>Reads <c>new T(...) { ... }</c> where T mirrors a table, group or row.</summary>
        public static FigureSnapshot? Read(IObjectCreationOperation creation, MappedType type, SchemaTypeMap map, CancellationToken cancellationToken)
        {
            var reader = Start(type, map, creation.Syntax, cancellationToken);
            reader.Create(creation, type, Scope.Of(type));
            return reader.Finish();
        }

        /// <summary>Reads <c>x with { ... }</c>: cells the initializer does not set are whatever x held, so unknown.</summary>
        public static FigureSnapshot? Read(IWithOperation with, MappedType type, SchemaTypeMap map, CancellationToken cancellationToken)
        {
            var reader = Start(type, map, with.Syntax, cancellationToken);
            var scope = Scope.Of(type);
            reader._snapshot.SetAll(scope.IsRow, scope.Path, CellValue.Unknown);
            reader.Apply(with.Initializer, scope);
            return reader.Finish();
        }

        /// <summary>
        /// Reads <c>Applications = { ... }</c> inside the initializer of an object that is not itself a table (the report
        /// model). The member starts blank when the outer object is a fresh generated one, else unknown.
        /// </summary>
        public static FigureSnapshot? Read(IMemberInitializerOperation member, MappedType type, SchemaTypeMap map, CancellationToken cancellationToken)
        {
            var reader = Start(type, map, member.Syntax, cancellationToken);
            var scope = Scope.Of(type);
            bool freshOuter = member.Parent?.Parent is IObjectCreationOperation { Arguments.Length: 0 } outer && map.Symbols.IsGenerated(outer.Type!);
            reader._snapshot.SetAll(scope.IsRow, scope.Path, freshOuter && type.IsGenerated ? CellValue.Blank : CellValue.Unknown);
            reader.Apply(member.Initializer, scope);
            return reader.Finish();
        }

        private static InitializerReader Start(MappedType type, SchemaTypeMap map, SyntaxNode root, CancellationToken cancellationToken)
            => new(map, type.Table, new FigureSnapshot(type.Table, rowKnown: type.Kind != MirrorKind.Row, root), cancellationToken);

        private FigureSnapshot? Finish() => _gaveUp ? null : _snapshot;

        private void Create(IObjectCreationOperation creation, MappedType type, Scope scope)
        {
            if (!type.IsGenerated)
                _snapshot.SetAll(scope.IsRow, scope.Path, CellValue.Unknown); // a hand-written mirror may have defaults of its own
            else if (creation.Arguments.Length == 0)
                _snapshot.SetAll(scope.IsRow, scope.Path, CellValue.Blank);
            else if (!(scope.IsRow && TryReadRowConstructor(creation, scope)))
                _snapshot.SetAll(scope.IsRow, scope.Path, CellValue.Unknown);
            if (creation.Initializer is not null) Apply(creation.Initializer, scope);
        }

        /// <summary>The generated row constructor takes every cell in column order, one parameter per leaf column.</summary>
        private bool TryReadRowConstructor(IObjectCreationOperation creation, Scope scope)
        {
            if (creation.Constructor is null || creation.Constructor.Parameters.Length != _table.LeafColumns.Count) return false;
            var values = new CellValue[_table.LeafColumns.Count];
            var seen = new bool[values.Length];
            foreach (IArgumentOperation argument in creation.Arguments)
            {
                if (argument.Parameter is null) return false;
                int index = IndexOfColumn(argument.Parameter.Name);
                if (index < 0 || seen[index]) return false;
                seen[index] = true;
                values[index] = CellValue.Of(argument.Value, argument.Parameter.Type);
            }
            if (seen.Contains(false)) return false;
            for (int i = 0; i < values.Length; i++)
                _snapshot.Set(scope.Path, _table.LeafColumns[i].Id, values[i]);
            return true;
        }

        private int IndexOfColumn(string parameterName)
        {
            for (int i = 0; i < _table.LeafColumns.Count; i++)
                if (string.Equals(_table.LeafColumns[i].Id, parameterName, StringComparison.OrdinalIgnoreCase)) return i;
            return -1;
        }

        private void Apply(IObjectOrCollectionInitializerOperation initializer, Scope scope)
        {
            foreach (IOperation element in initializer.Initializers)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                if (_gaveUp) return;
                switch (element)
                {
                    case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment:
                        AssignMember(target.Property, assignment.Value, scope);
                        break;
                    case IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation target } nested when !scope.IsRow:
                        AxisNode? row = _table.ChildRow(scope.Path, target.Property.Name);
                        if (row is null) _gaveUp = true;
                        else Apply(nested.Initializer, Scope.Of(row));
                        break;
                    default:
                        _gaveUp = true;
                        break;
                }
            }
        }

        private void AssignMember(IPropertySymbol property, IOperation value, Scope scope)
        {
            if (scope.IsRow)
            {
                AxisNode? column = _table.LeafColumn(property.Name);
                if (column is null) _gaveUp = true;
                else _snapshot.Set(scope.Path, column.Id, CellValue.Of(value, property.Type));
                return;
            }
            AxisNode? row = _table.ChildRow(scope.Path, property.Name);
            if (row is null)
            {
                _gaveUp = true;
                return;
            }
            AssignRow(row, value);
        }

        /// <summary>A whole row or group assigned in an initializer: a fresh object is read, anything else is unknown.</summary>
        private void AssignRow(AxisNode row, IOperation value)
        {
            Scope scope = Scope.Of(row);
            IOperation operation = value;
            while (operation is IConversionOperation { Conversion.IsUserDefined: false } conversion) operation = conversion.Operand;
            switch (operation)
            {
                case IObjectCreationOperation creation when Fits(_map.Get(creation.Type), row):
                    Create(creation, _map.Get(creation.Type)!, scope);
                    break;
                case IWithOperation with when Fits(_map.Get(with.Type), row):
                    _snapshot.SetAll(scope.IsRow, scope.Path, CellValue.Unknown);
                    Apply(with.Initializer, scope);
                    break;
                default:
                    _snapshot.SetAll(scope.IsRow, scope.Path, CellValue.Unknown);
                    break;
            }
        }

        private bool Fits(MappedType? type, AxisNode row)
            => type is not null && type.Table == _table
               && (row.IsLeaf ? type.Kind == MirrorKind.Row : type.Kind == MirrorKind.Group && type.GroupPath == row.Path);
    }
}
