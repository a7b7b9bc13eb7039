-- GHC.IO.Handle.Internals.mkFileHandle over a GHC.IO.FD.FD (a descriptor
-- of the run), with and without an encoding, in each mode, and the newline
-- mode it is given; GHC.IO.FD's Show FD and mkFD.

import Control.Exception
import qualified GHC.IO.FD as FD
import GHC.IO.Handle (mkFileHandle)
import GHC.IO.IOMode
import System.IO

main :: IO ()
main = do
  writeFile "mk.txt" "caf\233\r\nline two\r\n"
  (fd, _) <- FD.openFile "mk.txt" ReadMode False
  print fd
  putStrLn (showsPrec 11 fd "" ++ showList [fd] "")
  h <- mkFileHandle fd "mk.txt" ReadMode (Just utf8) universalNewlineMode
  print h
  hGetBuffering h >>= print
  hGetEncoding h >>= print
  hShow h >>= putStrLn
  l1 <- hGetLine h
  l2 <- hGetLine h
  print (l1, l2)
  hIsEOF h >>= print
  hClose h
  r <- try (hGetLine h)
  print (r :: Either IOException String)
  (fdb, _) <- FD.openFile "mk.txt" ReadMode False
  hb <- mkFileHandle fdb "binary-mk" ReadMode Nothing nativeNewlineMode
  hGetEncoding hb >>= print
  s <- hGetContents hb
  print s
  (fdw, _) <- FD.openFile "out.txt" WriteMode False
  hw <- mkFileHandle fdw "out.txt" WriteMode (Just latin1) (NewlineMode LF CRLF)
  hPutStr hw "a\nb\233\n"
  hClose hw
  readBin "out.txt" >>= print
  (fda, _) <- FD.openFile "out.txt" AppendMode False
  ha <- mkFileHandle fda "out.txt" AppendMode (Just latin1) nativeNewlineMode
  hPutStrLn ha "appended"
  hClose ha
  readBin "out.txt" >>= print
  where
    readBin p = do
      h <- openBinaryFile p ReadMode
      s <- hGetContents h
      length s `seq` hClose h
      return s
