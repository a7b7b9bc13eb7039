import Data.Functor

main :: IO ()
main = do
  print ((+1) <$> Just 3)
  print (Just 4 <&> (*2))
  print (Just 'x' $> 5)
  print ([1,2,3] $> 'a')
  print (void (Just 9))
  print (void [1,2,3])
  print (5 <$ [1,2])
  print (fmap (+1) (Right 3 :: Either String Int))
  print (fmap (+1) (Left "e" :: Either String Int))
  print (fmap length ("a", "bcd"))
  print ((fmap (*2) (+1)) 5)
  r <- (+1) <$> return 41
  print r
  x <- return 3 <&> show
  putStrLn x
  void (return 'c')
  print (Nothing <&> (+(1::Int)))
