using System.Reflection;
using System.Reflection.Emit;
using System.Text.RegularExpressions;

namespace OutlookValueCheck.Api.Tests.Architecture;

/// <summary>
/// The service's feature folders depend downward only: a folder may use the folders below it in <see cref="Floors"/>,
/// never one above, so no two folders import each other. What a folder uses is read twice: from the compiled code
/// (every type its members name and every member its method bodies touch, lambdas and async code included), and
/// from the source's <c>using</c> lines, which also catch constants the compiler copies in.
/// </summary>
public sealed partial class FolderDependencyTests
{
    private const string Root = "OutlookValueCheck.Api";

    /// <summary>Top floor first. A folder on a floor may use folders on lower floors only.</summary>
    private static readonly string[][] Floors =
    [
        ["Development", "FrontDoor"],
        ["Checks", "Reports", "Health", "AddIn"],
        ["Recipients", "Outcomes"],
        ["Policies", "Crm", "Decisions"],
        ["Graph", "Endpoints"],
        ["Limits", "Connectors"],
        ["Auth", "Addresses", "Browser"],
        ["Resilience", "Caching", "Observability"],
        ["Storage"],
        ["Errors"],
    ];

    [Fact]
    public void Every_folder_of_the_service_is_on_a_floor()
    {
        var folders = Directory.GetDirectories(SourceFolder).Select(Path.GetFileName).OfType<string>()
            .Where(name => name is not ("bin" or "obj" or "Properties" or "wwwroot" or "Demo") && Directory.EnumerateFiles(Path.Combine(SourceFolder, name), "*.cs", SearchOption.AllDirectories).Any());
        var unplaced = folders.Where(folder => FloorOf(folder) is null).ToList();
        Assert.True(unplaced.Count == 0, "Folders on no floor: " + string.Join(", ", unplaced));
    }

    [Fact]
    public void No_folder_uses_a_folder_on_its_own_floor_or_above()
    {
        var uses = CompiledUses().Concat(UsingLines()).Distinct().ToList();
        Assert.NotEmpty(uses); // the reading itself works: folders do use each other
        var upward = uses.Where(use => FloorOf(use.To) is not { } to || FloorOf(use.From) is not { } from || to <= from)
            .Select(use => $"{use.From} -> {use.To} ({use.Where})").Order(StringComparer.Ordinal).ToList();
        Assert.True(upward.Count == 0, "Folders that use a folder on their own floor or above:\n" + string.Join('\n', upward));
    }

    private static int? FloorOf(string folder) => Array.FindIndex(Floors, floor => floor.Contains(folder)) is var index and >= 0 ? index : null;

    private static string SourceFolder => RepositoryPaths.Service;

    private sealed record Use(string From, string To, string Where);

    private static string? FolderOf(Type? type)
    {
        var name = type?.Namespace;
        if (name is null || !name.StartsWith(Root + ".", StringComparison.Ordinal))
            return null;
        return name[(Root.Length + 1)..].Split('.')[0];
    }

    private static IEnumerable<Use> UsingLines()
    {
        foreach (var file in Directory.EnumerateFiles(SourceFolder, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(SourceFolder, file);
            var parts = relative.Split(Path.DirectorySeparatorChar);
            if (parts.Length < 2 || parts[0] is "bin" or "obj")
                continue;
            foreach (Match match in UsingLine().Matches(File.ReadAllText(file)))
            {
                if (match.Groups[1].Value != parts[0])
                    yield return new Use(parts[0], match.Groups[1].Value, relative);
            }
        }
    }

    [GeneratedRegex(@"^using (?:static )?OutlookValueCheck\.Api\.(\w+)", RegexOptions.Multiline)]
    private static partial Regex UsingLine();

    private static IEnumerable<Use> CompiledUses()
    {
        var assembly = typeof(Program).Assembly;
        foreach (var type in assembly.GetTypes())
        {
            if (FolderOf(type) is not { } from)
                continue;
            foreach (var used in TypesUsedBy(type))
            {
                foreach (var named in WithGenericArguments(used))
                {
                    if (FolderOf(named) is { } to && to != from)
                        yield return new Use(from, to, $"{type.FullName} uses {named.FullName}");
                }
            }
        }
    }

    private const BindingFlags Declared = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    private static IEnumerable<Type> TypesUsedBy(Type type)
    {
        if (type.BaseType is { } baseType)
            yield return baseType;
        foreach (var implemented in type.GetInterfaces())
            yield return implemented;
        foreach (var field in type.GetFields(Declared))
            yield return field.FieldType;
        foreach (var property in type.GetProperties(Declared))
            yield return property.PropertyType;
        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (method is MethodInfo { ReturnType: var returned })
                yield return returned;
            foreach (var parameter in method.GetParameters())
                yield return parameter.ParameterType;
            foreach (var touched in TypesTouchedBy(method))
                yield return touched;
        }
    }

    private static IEnumerable<Type> WithGenericArguments(Type type)
    {
        var element = type.HasElementType ? type.GetElementType()! : type;
        yield return element;
        if (!element.IsGenericType)
            yield break;
        foreach (var argument in element.GetGenericArguments().SelectMany(WithGenericArguments))
            yield return argument;
    }

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (OpCode)field.GetValue(null)!).ToDictionary(code => code.Value);

    /// <summary>The declaring types of what a method body calls, creates, reads or casts to, read from its IL.</summary>
    private static IEnumerable<Type> TypesTouchedBy(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
            yield break;
        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var at = 0; at < il.Length;)
        {
            var code = il[at] == 0xFE ? OpCodesByValue[unchecked((short)(0xFE00 | il[at + 1]))] : OpCodesByValue[il[at]];
            at += code.Size;
            if (code.OperandType is OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineType or OperandType.InlineTok)
            {
                var token = BitConverter.ToInt32(il, at);
                var member = Resolve(method.Module, token, typeArguments, methodArguments);
                switch (member)
                {
                    case Type touchedType:
                        yield return touchedType;
                        break;
                    case MethodBase { DeclaringType: { } owner } called:
                        yield return owner;
                        if (called is MethodInfo { IsGenericMethod: true } generic)
                        {
                            foreach (var argument in generic.GetGenericArguments())
                                yield return argument;
                        }
                        break;
                    case FieldInfo { DeclaringType: { } owner }:
                        yield return owner;
                        break;
                }
            }
            at += OperandSize(code.OperandType, il, at);
        }
    }

    private static MemberInfo? Resolve(Module module, int token, Type[]? typeArguments, Type[]? methodArguments)
    {
        try
        {
            return module.ResolveMember(token, typeArguments, methodArguments);
        }
        catch (ArgumentException)
        {
            return null; // a member of a generic context this reading does not reconstruct; its owner is named elsewhere
        }
    }

    private static int OperandSize(OperandType operand, byte[] il, int at) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, at),
        _ => 4,
    };
}
