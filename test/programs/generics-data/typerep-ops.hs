-- TypeRep operations: tycons, arguments, fingerprints, equality and order.
import Data.Typeable
import Data.List (sort, sortBy)
import Data.Ord (comparing)
import qualified Data.Map as M

main :: IO ()
main = do
  let reps =
        [ typeOf (1 :: Int), typeOf 'c', typeOf "s", typeOf (Just True)
        , typeOf (Left 1 :: Either Int Bool), typeOf ((), 'c')
        , typeOf (id :: Int -> Int), typeOf [Just 'x'], typeOf (1.0 :: Double)
        , typeOf (M.empty :: M.Map Int Char) ]
  mapM_ (\r -> do
          let tc = typeRepTyCon r
          putStrLn (show r ++ " | " ++ tyConName tc ++ " | " ++ tyConModule tc
                    ++ " | " ++ tyConPackage tc ++ " | " ++ show tc)
          print (typeRepArgs r)
          print (splitTyConApp r)
          print (typeRepFingerprint r)) reps
  print (sort reps)
  print (map (\r -> compare r (typeOf 'c')) reps)
  print (map (== typeOf "s") reps)
  print (funResultTy (typeOf (id :: Int -> Int)) (typeOf (1 :: Int)))
  print (funResultTy (typeOf (id :: Int -> Int)) (typeOf 'c'))
  print (funResultTy (typeOf 'c') (typeOf 'c'))
  print (mkFunTy (typeOf 'c') (typeOf True))
  print (typeOf (Just 'c') == typeOf (Just 'd'), typeOf (Just 'c') == typeOf (Just ()))
  print (typeRepFingerprint (typeOf (Just [1 :: Int])))
  print (typeRepFingerprint (typeRep (Proxy :: Proxy Maybe)))
  print (typeRepFingerprint (typeOf (Proxy :: Proxy Maybe)))
  print (typeRepFingerprint (typeOf ('a', 'b', True)))
  print (typeOf (id :: Int -> Int) < typeOf 'c', max (typeOf 'c') (typeOf True))
  print (rnfTypeRep (typeOf "x") `seq` "rnf ok")
  print (typeRepTyCon (typeOf (Proxy :: Proxy Maybe)), typeRepArgs (typeOf (Proxy :: Proxy Maybe)))
  let tcs = map typeRepTyCon [typeOf 'c', typeOf (1 :: Int), typeOf "s", typeOf (Just ()), typeOf True]
  print (sort tcs, typeRepTyCon (typeOf "a") == typeRepTyCon (typeOf [True]), map (compare (head tcs)) tcs)
