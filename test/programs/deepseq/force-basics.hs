-- force, deepseq, $!!, <$!!>, rnf1/rnf2/rwhnf on everyday values; exceptions
-- inside a structure surface only when it is forced.
{-# LANGUAGE DeriveGeneric, DeriveAnyClass #-}
import Control.DeepSeq
import Control.Exception
import GHC.Generics (Generic)


data T = A Int [T] | B String (Maybe Double) deriving (Show, Generic, NFData)

main :: IO ()
main = do
  let xs = [1, 2, undefined, 4] :: [Int]
  print (length (force (take 2 xs)))
  r <- try (evaluate (force xs))
  case r of
    Left e -> putStrLn ("caught: " ++ takeWhile (/= '\n') (show (e :: ErrorCall)))
    Right v -> print v
  let t = A 1 [B "x" (Just 2.5), A 3 []]
  print (t `deepseq` "ok")
  r2 <- try (evaluate (rnf (A 1 [B (error "boom") Nothing])))
  print (either (\e -> show (e :: ErrorCall)) show r2)
  print $!! (Just (Left 3 :: Either Int Bool), [(1 :: Int, 'c')])
  ys <- (map (* 2)) <$!!> return [1 .. 5 :: Int]
  print ys
  print (rnf1 [Just 'a'], rnf2 (Right 'x' :: Either Int Char), rwhnf (undefined :: Int, 2 :: Int))
