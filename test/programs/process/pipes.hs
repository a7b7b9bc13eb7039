-- System.Process's createPipe and createPipeFd (the machine's pipe, a FIFO
-- to fstat): written, the write end closed, then read; a child's output
-- through a pipe's write end as its stdout is not attempted (that
-- Handle is no standard stream: refused).

import System.IO
import System.Process
import System.Process.Internals (fdToHandle)

main :: IO ()
main = do
  (r, w) <- createPipe
  print (r, w)
  hPutStr w "through the pipe\nsecond line\n"
  hClose w
  hGetLine r >>= putStrLn
  hGetContents r >>= putStr
  hClose r
  (rf, wf) <- createPipeFd
  print (wf == rf + 1)
  wh <- fdToHandle wf
  rh <- fdToHandle rf
  hPutStrLn wh "by descriptors"
  hClose wh
  hGetLine rh >>= putStrLn
  hIsEOF rh >>= print
  hClose rh
