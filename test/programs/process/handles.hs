-- createProcess with pipes: the child's stdout and stderr as handles,
-- waitForProcess, getProcessExitCode and getPid after it, withCreateProcess.
import Control.Monad
import System.IO
import System.Process

main :: IO ()
main = do
  (Nothing, Just out, Just err, ph) <-
    createProcess (shell "echo line one; echo line two; echo oops >&2; exit 6") {std_out = CreatePipe, std_err = CreatePipe}
  l1 <- hGetLine out
  rest <- hGetContents out
  e <- hGetContents err
  print (l1, rest, e)
  ec <- waitForProcess ph
  print ec
  ec2 <- waitForProcess ph
  mc <- getProcessExitCode ph
  pid <- getPid ph
  print (ec2, mc, fmap (const ()) pid)
  r <- withCreateProcess (shell "echo abc | tr a-z A-Z") {std_out = CreatePipe} $ \_ (Just h) _ p -> do
    s <- hGetContents h
    length s `seq` waitForProcess p >>= \c -> return (s, c)
  print r
  (_, Just o2, _, p2) <- createProcess (proc "sh" ["-c", "echo x; echo y >&2"]) {std_out = CreatePipe, std_err = UseHandle stdout}
  hGetContents o2 >>= putStr
  waitForProcess p2 >>= print
  (_, _, _, p3) <- createProcess (proc "sh" ["-c", "echo to-err"]) {std_out = UseHandle stderr}
  waitForProcess p3 >>= print
  p4 <- runProcess "sh" ["-c", "echo run process in $PWD_NAME"] Nothing (Just [("PWD_NAME", "env")]) Nothing Nothing Nothing
  waitForProcess p4 >>= print
  p5 <- spawnCommand "exit 9"
  waitForProcess p5 >>= print
  (_, Just o6, _, p6) <- createProcess (proc "true" []) {std_out = CreatePipe}
  eof <- hIsEOF o6
  print eof
  waitForProcess p6 >>= print
  forM_ [1 .. 3 :: Int] $ \i -> do
    (_, Just h, _, p) <- createProcess (proc "echo" [show i]) {std_out = CreatePipe}
    s <- hGetLine h
    hClose h
    c <- waitForProcess p
    putStrLn (s ++ " " ++ show c)
