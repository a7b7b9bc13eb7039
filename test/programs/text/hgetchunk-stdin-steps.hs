-- hGetChunk on stdin mixed with String reads (getLine, getChar, isEOF,
-- hLookAhead): GHC's handle decodes up to 2048 characters at a time from
-- its 8192-byte buffer, and hGetChunk gives what the character buffer still
-- holds, else the next decoding step's, from the bytes left in the byte
-- buffer before it reads more; the chunks' sizes and ends show those steps.
import qualified Data.Text as T
import qualified Data.Text.IO as TIO
import System.IO
import Control.Monad

step :: Char -> IO ()
step o = case o of
  'C' -> do
    t <- TIO.hGetChunk stdin
    putStrLn ("chunk " ++ show (T.length t) ++ " " ++ show (T.take 3 t) ++ " " ++ show (T.takeEnd 3 t))
  'L' -> do
    l <- getLine
    putStrLn ("line " ++ show (length l) ++ " " ++ take 10 l)
  'c' -> getChar >>= \c -> putStrLn ("char " ++ show c)
  'E' -> isEOF >>= \e -> putStrLn ("eof " ++ show e)
  'K' -> hLookAhead stdin >>= \c -> putStrLn ("ahead " ++ show c)
  _ -> return ()

main :: IO ()
main = do
  mapM_ step "KCLcCELLcKC"
  mapM_ step (replicate 60 'L' ++ "C")
  mapM_ step (concat (replicate 2 (replicate 30 'L' ++ "C")))
  mapM_ step "CCCCCEC"
