#pragma once

#include <QString>

class SandboxProcess;

//! How long each benchmark runs: --quick for development, the default for the README's figures.
struct BenchPlan {
    int overheadPairs = 400;
    int decodeRounds = 400;
    int flips = 200;
    int startupRuns = 10;
    int scalePages = 150;
    int memoryPages = 1000;
    int storeSearchRounds = 20; //!< "björn" typed this many times over
};

// Each prints its figures through Report, targets beside them.
void benchClientOverhead(const SandboxProcess &sandbox, const BenchPlan &plan);
//! The classic page and the Connect page, each from its own sandbox.
void benchDecode(const SandboxProcess &classic, const SandboxProcess &connect, const BenchPlan &plan);
//! Flips at small and large; then, when connect is running, the same flips on a cursored list there.
void benchPageFlip(const SandboxProcess &small, const SandboxProcess &large, const SandboxProcess &connect,
                   const BenchPlan &plan);
void benchStartup(const SandboxProcess &server, const BenchPlan &plan);
void benchMemory(const SandboxProcess &large, const BenchPlan &plan);
//! Search over 100,000 conversations in the local store, and its size on disk; no sandbox.
void benchStore(const BenchPlan &plan);
void benchScale(const SandboxProcess &small, const SandboxProcess &large, const BenchPlan &plan);

//! Every page of classic's and connect's conversations through OfflineCopy: time, requests, stall.
void benchOfflineCopy(const SandboxProcess &classic, const SandboxProcess &connect);

//! The memory benchmark's child process: browses pages in a fresh process and prints its RSS.
int memoryChild(int pages);
