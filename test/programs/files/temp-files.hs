import System.IO
import System.Directory
import Data.List (isPrefixOf, isSuffixOf)
import qualified System.IO.Error

main :: IO ()
main = do
  createDirectory "tmp"
  (p, h) <- openTempFile "tmp" "work.txt"
  print ("tmp/work" `isPrefixOf` p, ".txt" `isSuffixOf` p, length p > length "tmp/work.txt")
  hPutStrLn h "temporary contents"
  hIsWritable h >>= print
  hIsReadable h >>= print
  hSeek h AbsoluteSeek 0
  hGetLine h >>= putStrLn
  hClose h
  readFile p >>= putStr
  (p2, h2) <- openTempFile "tmp" "work.txt"
  print (p2 /= p)
  hClose h2
  (p3, h3) <- openBinaryTempFile "tmp" "data"
  print ("tmp/data" `isPrefixOf` p3)
  hGetEncoding h3 >>= print
  hPutStr h3 "\200\201"
  hClose h3
  getFileSize p3 >>= print
  (p4, h4) <- openTempFile "tmp" "noext"
  print ("tmp/noext" `isPrefixOf` p4)
  hClose h4
  mapM_ removeFile [p, p2, p3, p4]
  listDirectory "tmp" >>= print
  writeFile "tmp/keep.txt" "kept"
  r <- System.IO.Error.tryIOError (openTempFile "no-such-dir" "x.txt")
  print (fmap (const ()) r)
