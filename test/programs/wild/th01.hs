{-# LANGUAGE TemplateHaskell #-}
import Language.Haskell.TH
fibs :: [Integer]
fibs = $(listE (map (litE . integerL) (take 10 (let f = 0 : 1 : zipWith (+) f (tail f) in f))))
main :: IO ()
main = do
  print fibs
  print $([| 1 + 2 :: Int |])
  putStrLn $(stringE . show =<< [t| Maybe Int |])
