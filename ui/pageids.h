#pragma once

// Every page's id, written once: pageId(), the registry (pageregistry.cpp), hand-over requests
// (handover.h), --page NAME and the tests use these.
namespace ui::pageid {
inline constexpr char Overview[] = "overview";
inline constexpr char Activity[] = "activity";
inline constexpr char Locks[] = "locks";
inline constexpr char Dashboard[] = "dashboard";
inline constexpr char Statements[] = "statements";
inline constexpr char Advisor[] = "advisor";
inline constexpr char Replication[] = "replication";
inline constexpr char Vacuum[] = "vacuum";
inline constexpr char Explain[] = "explain";
inline constexpr char Migrations[] = "migrations";
inline constexpr char Audit[] = "audit";
inline constexpr char Configuration[] = "configuration";
inline constexpr char Health[] = "health";
inline constexpr char Benchmark[] = "benchmark";
inline constexpr char Timeline[] = "timeline";
inline constexpr char Alerts[] = "alerts";
inline constexpr char Fleet[] = "fleet";
} // namespace ui::pageid
