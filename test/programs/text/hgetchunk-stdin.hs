-- Data.Text.IO.hGetChunk on stdin: the length of each successive chunk,
-- as GHC's handle buffer decodes the input 2048 characters at a time.
import qualified Data.Text as T
import qualified Data.Text.IO as TIO
import System.IO

main :: IO ()
main = go (0 :: Int)
  where
    go n = do
      t <- TIO.hGetChunk stdin
      if T.null t
        then putStrLn ("chunks: " ++ show n)
        else do
          print (T.length t, T.count (T.pack "\n") t, T.take 4 t)
          go (n + 1)
