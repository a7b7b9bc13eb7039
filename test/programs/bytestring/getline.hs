-- Reading stdin line by line with Data.ByteString.Char8.getLine until EOF
-- (isEOF), summing the numbers with readInt; then the EOF error.
import qualified Data.ByteString.Char8 as B
import System.IO
import Control.Exception

loop :: Int -> Int -> IO (Int, Int)
loop n acc = do
  eof <- isEOF
  if eof then return (n, acc) else do
    l <- B.getLine
    let v = maybe 0 fst (B.readInt (B.dropWhile (== ' ') l))
    B.putStrLn (B.concat [B.pack "> ", l, B.pack " (", B.pack (show (B.length l)), B.pack ")"])
    loop (n + 1) (acc + v)

main :: IO ()
main = do
  r <- loop 0 0
  print r
  e <- try B.getLine
  case e of
    Left err -> putStrLn ("caught: " ++ show (err :: IOException))
    Right l -> print l
  B.hPutStr stderr (B.pack "to stderr\n")
  B.getContents >>= print
