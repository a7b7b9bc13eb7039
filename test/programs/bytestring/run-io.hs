-- bytestring I/O on stdin and stdout: strict and lazy hGet (a lazy read
-- longer than a chunk), hGetNonBlocking, hGetSome, their errors for a
-- negative size, putStrLn, and interact on the rest.
import qualified Data.ByteString as S
import qualified Data.ByteString.Char8 as C
import qualified Data.ByteString.Lazy as L
import qualified Data.ByteString.Lazy.Char8 as LC
import Control.Exception
import System.IO

attempt :: String -> IO () -> IO ()
attempt name act = do
  r <- try act
  case r of
    Left e -> putStrLn (name ++ " failed: " ++ show (e :: IOException))
    Right () -> return ()

main :: IO ()
main = do
  hSetBinaryMode stdin True
  a <- L.hGet stdin 12
  print (a, L.toChunks a)
  b <- S.hGetNonBlocking stdin 7
  print b
  c <- L.hGetNonBlocking stdin 5
  print (c, L.length c)
  d <- S.hGetSome stdin 9
  print d
  z <- L.hGet stdin 0
  z2 <- L.hGetNonBlocking stdin 0
  z3 <- S.hGetNonBlocking stdin 0
  print (z, z2, z3)
  attempt "L.hGet" (L.hGet stdin (-1) >>= print)
  attempt "L.hGetNonBlocking" (L.hGetNonBlocking stdin (-2) >>= print)
  attempt "S.hGet" (S.hGet stdin (-3) >>= print)
  attempt "S.hGetSome" (S.hGetSome stdin (-4) >>= print)
  attempt "S.hGetNonBlocking" (S.hGetNonBlocking stdin (-5) >>= print)
  big <- L.hGet stdin 40000
  print (L.length big, map S.length (L.toChunks big), L.take 20 big)
  S.putStrLn (C.pack "strict putStrLn")
  L.putStrLn (LC.pack "lazy putStrLn")
  LC.putStrLn (LC.fromChunks [C.pack "lazy ", C.pack "chunks"])
  C.putStrLn (C.pack "char8 putStrLn")
  hFlush stdout
  S.interact (C.map succ . C.take 30)
  putStrLn ""
