-- showCommandForUser and the types' instances: CreateProcess, CmdSpec,
-- StdStream (Show, Eq), CmdSpec from a string literal.
{-# LANGUAGE OverloadedStrings #-}
import System.IO
import System.Process

main :: IO ()
main = do
  putStrLn (showCommandForUser "echo" ["a b", "c'd", "", "x", "$HOME", "a\"b", "-n", "é,./_:@"])
  print (proc "ls" ["-l", "dir"])
  print (shell "echo hi") {std_out = CreatePipe, cwd = Just "sub", env = Just [("A", "1")]}
  print (cmdspec (proc "x" []), std_err (shell "y"))
  print (proc "a" [] == proc "a" [], proc "a" [] == shell "a")
  print [Inherit, CreatePipe, NoStream, UseHandle stdout]
  print (Inherit == CreatePipe, UseHandle stderr == UseHandle stderr)
  print ("a command" :: CmdSpec)
  print (showsPrec 11 (RawCommand "f" ["x"]) "")
  print (close_fds (proc "a" []), delegate_ctlc (shell "b"), use_process_jobs (proc "c" []))
