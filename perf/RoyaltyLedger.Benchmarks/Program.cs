using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>Entry point; named so that BenchmarkSwitcher can find this assembly.</summary>
public partial class Program;
